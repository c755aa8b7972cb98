package cn.netlaw.liability;

/** The liability regime, fixed by the end of the infringing state (docs/procedure.md#regime-by-state-end). */
public enum Regime {
    CIVIL_CODE, TORT_LIABILITY_LAW, OUT_OF_SCOPE
}
