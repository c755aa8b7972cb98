package cn.netlaw.liability;

/**
 * Step 4 — direct liability: the provider answers for its own act (自己责任).
 *
 * <p>Civil Code 1194: 「网络用户、网络服务提供者利用网络侵害他人民事权益的，应当承担侵权责任。法律另有规定的，依照其规定。」 (Network
 * users and providers that infringe others' civil rights through the network bear tort liability.) TLL 36(1) to the
 * same effect. Civil Code 1168 / TLL 8: joint tortfeasors are jointly and severally liable.
 *
 * <p>Copyright: SPC_NDR Art 3 (the provider itself makes the work available), Art 4 (division of labour with the
 * user), Art 5 (snapshots and thumbnails that substitute for the source; 5(2) the no-prejudice defence), Art 6 (the
 * provider must prove that the content came from a user); Regulation Arts 20–22 (a conduit or host that selects,
 * alters, exposes or serves after origin removal makes the work available itself).
 *
 * <p>Principle: a failed Regulation condition is DIRECT when it means the provider itself makes the work available; a
 * failed condition that does not (Reg 21(2), 22(1), 22(4)) only loses the harbour.
 */
final class DirectInfringementRule {
    private DirectInfringementRule() {
    }

    /** Returns true when a trigger fires (the procedure returns). */
    static boolean apply(NormalCase c, Decision d) {
        d.at(Step.DIRECT_INFRINGEMENT);
        boolean cc = d.regime == Regime.CIVIL_CODE;
        Provision base = cc ? Provision.CIVIL_CODE_1194 : Provision.TORT_LAW_36_1;
        boolean copyright = c.copyright();
        Role role = c.role();
        if (c.participatesInContent()) {
            direct(c, d, base, Reason.PROVIDER_PROVIDES_CONTENT, copyright ? Provision.SPC_NDR_3_1 : null);
            if (c.coProvidesWithUser()) {
                d.decide(Liability.DIRECT, Rule.DIRECT_INFRINGEMENT, JointScope.WHOLE_DAMAGE);
                d.cite(cc ? Provision.CIVIL_CODE_1168 : Provision.TORT_LAW_8);
                if (copyright) {
                    d.cite(Provision.SPC_NDR_4);
                }
            }
            return true;
        }
        if (!c.userUploadProven()) {
            direct(c, d, base, Reason.USER_UPLOAD_NOT_PROVEN, copyright ? Provision.SPC_NDR_6 : null);
            return true;
        }
        if (c.altersContent()) {
            Provision reg = switch (role) {
                case ACCESS -> Provision.REG_20;
                case CACHING -> Provision.REG_21;
                case STORAGE -> Provision.REG_22;
                case SEARCH, LINKING, INFRASTRUCTURE -> null;
            };
            direct(c, d, base, Reason.PROVIDER_ALTERS_CONTENT, copyright ? reg : null);
            return true;
        }
        if (role == Role.ACCESS
                && (c.selectsRecipients() || c.selectsTransmittedContent() || c.exposesToNonDesignatedRecipients())) {
            direct(c, d, base, Reason.ACCESS_SELECTS_OR_EXPOSES, copyright ? Provision.REG_20 : null);
            return true;
        }
        if (role == Role.CACHING && c.servesAfterOriginRemoval()) {
            direct(c, d, base, Reason.CACHE_SERVES_AFTER_ORIGIN_REMOVAL, copyright ? Provision.REG_21 : null);
            return true;
        }
        if ((role == Role.SEARCH || role == Role.LINKING) && c.substitutesSource()) {
            if (!c.substitutionNoUnreasonablePrejudice()) {
                direct(c, d, base, Reason.SNAPSHOT_OR_THUMBNAIL_SUBSTITUTES_SOURCE,
                        copyright ? Provision.SPC_NDR_5_1 : null);
                return true;
            }
            // SPC_NDR 5(2): the substitution neither affects normal use nor unreasonably prejudices the holder
            d.because(Reason.SUBSTITUTION_WITHOUT_UNREASONABLE_PREJUDICE, "role", role.name());
            if (copyright) {
                d.cite(Provision.SPC_NDR_5_2);
            }
        }
        return false;
    }

    private static void direct(NormalCase c, Decision d, Provision base, Reason reason, Provision specific) {
        d.decide(Liability.DIRECT, Rule.DIRECT_INFRINGEMENT, JointScope.NONE);
        d.because(reason, "role", c.role().name());
        d.cite(base);
        if (specific != null) {
            d.cite(specific);
        }
        if (c.copyright()) {
            d.safeHarbour = SafeHarbourStatus.NOT_SATISFIED;
        }
    }
}
