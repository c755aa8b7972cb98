package cn.netlaw.liability;

/** Special regimes layered on the general rule (docs/procedure.md#law-in-time). */
public enum SpecialRegime {
    /** Regulation on the Protection of the Right of Communication through Information Networks (copyright). */
    NDR_REGULATION,
    /** E-Commerce Law Arts 42-45 (IP on an e-commerce platform, state lasting past 2019-01-01). */
    E_COMMERCE_LAW
}
