package cn.netlaw.liability;

/**
 * Scope of joint and several liability (连带责任): the whole damage; the damage from the missed knowledge deadline on
 * (the periods in {@code liablePeriods}, 3.0); only the enlarged part (损害的扩大部分) in the notice rule's periods;
 * NONE whenever the liability is not joint.
 */
public enum JointScope {
    WHOLE_DAMAGE, SINCE_KNOWLEDGE, EXPANDED_PART, NONE
}
