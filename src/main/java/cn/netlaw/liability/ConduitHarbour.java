package cn.netlaw.liability;

/**
 * Step 7 — the Regulation status of a copyright conduit. Reporting only: the harbour does not exclude liability under
 * a statute (docs/procedure.md#roles).
 *
 * <p>Reg 20 (automatic access and transmission): 「（一）未选择并且未改变所传输的作品、表演、录音录像制品；（二）向指定的服务对象提供该作品、
 * 表演、录音录像制品，并防止指定的服务对象以外的其他人获得。」 Reg 21 (system caching): 「（一）未改变自动存储的作品…；（二）不影响提供作品…
 * 的原网络服务提供者掌握服务对象获取该作品…的情况；（三）在原网络服务提供者修改、删除或者屏蔽该作品…时，根据技术安排自动予以修改、删除或者屏蔽。」
 */
final class ConduitHarbour {
    private ConduitHarbour() {
    }

    static void apply(NormalCase c, Decision d) {
        if (!c.copyright() || !c.role().isConduit()) {
            return;
        }
        boolean failed = c.altersContent() || c.selectsRecipients() || c.selectsTransmittedContent()
                || c.exposesToNonDesignatedRecipients() || c.servesAfterOriginRemoval()
                || c.interferesWithOriginStats();
        d.at(Step.CONDUIT_HARBOUR);
        d.safeHarbour = failed ? SafeHarbourStatus.NOT_SATISFIED : SafeHarbourStatus.SATISFIED;
        d.because(failed ? Reason.CONDUIT_HARBOUR_CONDITIONS_FAILED : Reason.CONDUIT_HARBOUR_CONDITIONS_MET,
                "role", c.role().name());
    }

    /** The Regulation article of the conduit's harbour. */
    static Provision article(NormalCase c) {
        return c.role() == Role.ACCESS ? Provision.REG_20 : Provision.REG_21;
    }

    /**
     * A conduit meeting Reg 20/21 found liable under a statute: the statute prevails over the administrative
     * regulation (Legislation Law, version in force at {@code asOf}).
     */
    static void liableDespiteHarbour(NormalCase c, Decision d) {
        if (c.copyright() && c.role().isConduit() && d.safeHarbour == SafeHarbourStatus.SATISFIED) {
            d.because(Reason.REG_20_21_DO_NOT_EXCLUDE_STATUTORY_LIABILITY, "role", c.role().name());
            d.cite(article(c), LegislationLaw.inForceOn(c.asOf()));
            d.flag(ReviewFlag.STATUTE_PREVAILS_OVER_REGULATION);
        }
    }

    /** The harbour of a copyright host is lost when it is liable. */
    static void hostLiable(NormalCase c, Decision d) {
        if (!c.copyright()) {
            return;
        }
        switch (c.role()) {
            case STORAGE -> {
                d.cite(Provision.REG_22);
                d.safeHarbour = SafeHarbourStatus.NOT_SATISFIED;
            }
            case SEARCH, LINKING -> {
                d.cite(Provision.REG_23);
                d.safeHarbour = SafeHarbourStatus.NOT_SATISFIED;
            }
            case ACCESS, CACHING -> liableDespiteHarbour(c, d);
            case INFRASTRUCTURE -> d.safeHarbour = SafeHarbourStatus.NOT_APPLICABLE;
        }
    }
}
