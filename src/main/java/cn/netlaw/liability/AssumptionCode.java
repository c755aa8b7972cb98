package cn.netlaw.liability;

/** Values the decision depended on that the caller did not give (docs/vocabulary.md#assumptions). */
public enum AssumptionCode {
    AS_OF_ASSUMED, RIGHT_TYPE_ASSUMED, CONTENT_INFRINGING_ASSUMED, CONDUCT_DATE_ASSUMED, CONDUCT_END_ASSUMED,
    NOTICE_CONTENT_ASSUMED, NOTICE_CHANNEL_ASSUMED, COUNTER_NOTICE_CONTENT_ASSUMED, INDICATORS_SINCE_ASSUMED,
    TIMELINESS_THRESHOLD, COUNTER_NOTICE_PERIOD_END, HOLIDAY_CALENDAR, SAME_DAY_DATE_READ_AS_REFERENCE,
    REAPPEARANCE_ASSUMED, REPEAT_DERIVED,
    /** A policy value the request set for this decision only (value {@code <key path>=<value>}). */
    POLICY_OVERRIDE,

    // Codes this service added to the list it started from: the deadlines a band produced, the reasonable period
    // applied to a counter-notice, and the Tort Liability Law knowledge switch when it mattered.
    TIMELINESS_DEADLINE, COUNTER_NOTICE_PERIOD_DAYS, TLL_KNOWLEDGE_INCLUDES_SHOULD_HAVE_KNOWN
}
