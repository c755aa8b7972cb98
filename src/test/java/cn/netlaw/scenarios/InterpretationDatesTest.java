package cn.netlaw.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import cn.netlaw.liability.Provision;
import org.junit.jupiter.api.Test;

/**
 * docs/procedure.md#interpretations (3.0): a judicial interpretation is cited only in a case assessed once it is in
 * force; the engine keeps the day each one took effect beside its id, and it must be the catalogue's.
 */
class InterpretationDatesTest {

    @Test
    void every_judicial_interpretation_takes_effect_on_the_catalogues_day_and_nothing_else_is_withheld() {
        Catalogue catalogue = Catalogue.load();
        for (Provision p : Provision.values()) {
            Catalogue.Entry entry = catalogue.find(p.name()).orElseThrow();
            if ("PENDING_CASES".equals(entry.appliesTo())) {
                assertThat(p.pendingCasesFrom()).as(p.name()).isEqualTo(entry.effectiveFrom());
            } else {
                assertThat(p.pendingCasesFrom()).as(p.name()).isNull();
            }
        }
    }
}
