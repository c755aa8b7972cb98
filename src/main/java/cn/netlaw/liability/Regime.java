package cn.netlaw.liability;

/** The liability regime, fixed by the end of the infringing state (§2). */
public enum Regime {
    CIVIL_CODE, TORT_LIABILITY_LAW, OUT_OF_SCOPE
}
