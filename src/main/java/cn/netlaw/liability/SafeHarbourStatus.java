package cn.netlaw.liability;

/** Whether the Regulation's copyright harbour conditions (Reg 20-23) are met; NOT_APPLICABLE outside COPYRIGHT. */
public enum SafeHarbourStatus {
    SATISFIED, NOT_SATISFIED, NOT_APPLICABLE
}
