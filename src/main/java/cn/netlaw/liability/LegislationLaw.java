package cn.netlaw.liability;

import java.time.Instant;

/**
 * The rank of statutes above administrative regulations, in the version in force at {@code asOf}
 * (docs/procedure.md#hierarchy). Legislation Law Art 99 (2023): 「法律的效力高于行政法规、地方性法规、规章。」 (Laws have higher
 * force than administrative regulations, local regulations and rules.) Art 88 in the 2015 text, Art 79 in 2000.
 */
final class LegislationLaw {
    private LegislationLaw() {
    }

    static Provision inForceOn(Instant asOf) {
        if (!asOf.isBefore(Instants.LEGISLATION_LAW_2023_IN_FORCE)) {
            return Provision.LEGISLATION_LAW_99;
        }
        if (!asOf.isBefore(Instants.LEGISLATION_LAW_2015_IN_FORCE)) {
            return Provision.LEGISLATION_LAW_88_2015;
        }
        return Provision.LEGISLATION_LAW_79_2000;
    }
}
