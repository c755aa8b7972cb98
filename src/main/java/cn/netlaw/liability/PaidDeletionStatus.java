package cn.netlaw.liability;

/** Validity of an agreement by which the victim paid for deletion (Step 2). */
public enum PaidDeletionStatus {
    NOT_APPLICABLE, VOID, NOT_ASSESSED
}
