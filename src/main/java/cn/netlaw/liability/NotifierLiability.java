package cn.netlaw.liability;

/** The notifier's liability for a wrongful notice that caused a measure (Step 3). Ordered by severity. */
public enum NotifierLiability {
    NOT_APPLICABLE, NONE, COMPENSATE, DOUBLE_COMPENSATION
}
