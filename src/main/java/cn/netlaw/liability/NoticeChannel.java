package cn.netlaw.liability;

/** How a notice reached the provider (§3). */
public enum NoticeChannel {
    WRITTEN, EMAIL, PLATFORM_FORM, PHONE, OTHER
}
