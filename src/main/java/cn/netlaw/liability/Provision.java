package cn.netlaw.liability;

/**
 * Legal-basis identifiers, one per entry of the provisions catalogue ({@code law/provisions.yaml}).
 * The engine cites only these constants, never hand-built strings; a test proves that every constant
 * names an entry of the catalogue and that every entry has a constant.
 */
public enum Provision {
    CIVIL_CODE_1165_1,
    CIVIL_CODE_1168,
    CIVIL_CODE_1169_1,
    CIVIL_CODE_1194,
    CIVIL_CODE_1195_1,
    CIVIL_CODE_1195_2,
    CIVIL_CODE_1195_3,
    CIVIL_CODE_1196_1,
    CIVIL_CODE_1196_2,
    CIVIL_CODE_1197,
    CIVIL_CODE_1260,
    CIVIL_CODE_153_2,
    TORT_LAW_6_1,
    TORT_LAW_8,
    TORT_LAW_9_1,
    TORT_LAW_36_1,
    TORT_LAW_36_2,
    TORT_LAW_36_3,
    GPCL_130,
    REG_14,
    REG_15,
    REG_16,
    REG_17,
    REG_20,
    REG_21,
    REG_22,
    REG_23,
    REG_24,
    SPC_NDR_3_1,
    SPC_NDR_4,
    SPC_NDR_5_1,
    SPC_NDR_6,
    SPC_NDR_7_1,
    SPC_NDR_7_2,
    SPC_NDR_7_3,
    SPC_NDR_8_1,
    SPC_NDR_8_2,
    SPC_NDR_8_3,
    SPC_NDR_9,
    SPC_NDR_10,
    SPC_NDR_11_1,
    SPC_NDR_11_2,
    SPC_NDR_12,
    SPC_NDR_13,
    SPC_NDR_14,
    SPC_NDR_16,
    SPC_NDR_13_2012,
    SPC_NDR_14_2012,
    SPC_PR_2020_3_1,
    SPC_PR_2020_4,
    SPC_PR_2020_5,
    SPC_PR_2020_6,
    SPC_PR_2020_7,
    SPC_PR_2020_10_1,
    SPC_PR_2020_10_2,
    SPC_PR_2014_5,
    SPC_PR_2014_6,
    SPC_PR_2014_7,
    SPC_PR_2014_8,
    SPC_PR_2014_9,
    SPC_PR_2014_14,
    ECL_42_1,
    ECL_42_2,
    ECL_42_3,
    ECL_43_1,
    ECL_43_2,
    ECL_44,
    ECL_45,
    SPC_REPLY_2020_2,
    SPC_REPLY_2020_3,
    SPC_REPLY_2020_4,
    SPC_REPLY_2020_5,
    SPC_CC_TIME_1_1,
    SPC_CC_TIME_1_2,
    SPC_CC_TIME_1_3,
    COPYRIGHT_LAW_64,
    NCAC_2016_LIT_6,
    SPC_NDR_5_2,
    SPC_PR_2014_19,
    SPC_PR_2020_13,
    SPC_REPLY_2020_6,
    SPC_TLL_NOTICE_2010_1,
    SPC_TLL_NOTICE_2010_2,
    CIVIL_CODE_201,
    CIVIL_CODE_202,
    CIVIL_CODE_203,
    GENERAL_PROVISIONS_201,
    GENERAL_PROVISIONS_203,
    LEGISLATION_LAW_99,
    LEGISLATION_LAW_88_2015,
    LEGISLATION_LAW_79_2000;

    /**
     * For a judicial interpretation ({@code appliesTo: PENDING_CASES} in the catalogue): the day it took effect; it
     * reaches only cases pending on or after that day (docs/procedure.md#interpretations). Null for statutes and
     * regulations.
     */
    public java.time.LocalDate pendingCasesFrom() {
        String id = name();
        if (id.equals("SPC_NDR_13") || id.equals("SPC_NDR_14")) {
            return java.time.LocalDate.of(2021, 1, 1);
        }
        if (id.startsWith("SPC_NDR_")) {
            return java.time.LocalDate.of(2013, 1, 1);
        }
        if (id.startsWith("SPC_PR_2020_") || id.startsWith("SPC_CC_TIME_")) {
            return java.time.LocalDate.of(2021, 1, 1);
        }
        if (id.startsWith("SPC_PR_2014_")) {
            return java.time.LocalDate.of(2014, 10, 10);
        }
        if (id.startsWith("SPC_REPLY_2020_")) {
            return java.time.LocalDate.of(2020, 9, 14);
        }
        if (id.startsWith("SPC_TLL_NOTICE_2010_")) {
            return java.time.LocalDate.of(2010, 6, 30);
        }
        return null;
    }

    /** Whether this id may be cited in a case assessed at {@code asOf} (a judicial interpretation: once in force). */
    boolean inForceForPendingCasesAt(java.time.Instant asOf) {
        java.time.LocalDate from = pendingCasesFrom();
        return from == null || !asOf.isBefore(Moment.startOfDay(from));
    }
}
