package cn.netlaw.liability;

/** Scope of joint and several liability (连带责任): the whole damage, or only its enlarged part (损害的扩大部分). */
public enum JointScope {
    WHOLE_DAMAGE, EXPANDED_PART, NONE
}
