package cn.netlaw.liability;

/** How a notice reached the provider (docs/vocabulary.md#channels). */
public enum NoticeChannel {
    WRITTEN, EMAIL, PLATFORM_FORM, PHONE, OTHER
}
