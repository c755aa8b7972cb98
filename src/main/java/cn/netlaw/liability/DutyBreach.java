package cn.netlaw.liability;

/** Breaches of procedural duties toward the user (Step 11); they do not change liability toward the claimant. */
public enum DutyBreach {
    FORWARDING_NOT_DONE, COUNTER_NOTICE_NOT_FORWARDED, FAILED_TO_TERMINATE_MEASURES_AFTER_COUNTER_NOTICE,
    RESTORATION_NOT_IMMEDIATE_REG_17
}
