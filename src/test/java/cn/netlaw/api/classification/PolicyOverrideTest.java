package cn.netlaw.api.classification;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import cn.netlaw.liability.Band;
import cn.netlaw.liability.BandRight;
import cn.netlaw.liability.LiabilityEngine;
import cn.netlaw.liability.Policy;
import cn.netlaw.liability.TimelinessClass;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Configured policy values reach the engine and change the rulesetVersion; a request's policy is filled and checked
 * with them (docs/request.md#rule-16).
 */
@QuarkusTest
@TestProfile(PolicyOverrideTest.ShorterCopyrightThreshold.class)
class PolicyOverrideTest {

    public static class ShorterCopyrightThreshold implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "liability.policy.timeliness-hours.host.copyright.prompt", "12",
                    "liability.policy.holidays", "2025-10-01,2025-10-02");
        }
    }

    @Inject
    LiabilityEngine engine;

    @Inject
    Ruleset ruleset;

    @Test
    void the_configured_threshold_and_holidays_are_the_engine_policy() {
        Policy policy = engine.policy();
        assertThat(policy.band(TimelinessClass.HOST, BandRight.COPYRIGHT).prompt()).isEqualTo(12);
        assertThat(policy.band(TimelinessClass.HOST, BandRight.PERSONALITY)).isEqualTo(new Band(24, 120));
        assertThat(policy.holidays()).contains(LocalDate.of(2025, 10, 1), LocalDate.of(2025, 10, 2));
    }

    @Test
    void a_request_bound_is_filled_and_checked_with_the_configured_band_and_keeps_the_configured_ruleset_version() {
        String body = """
                {"provider": {"role": "STORAGE"}, "rightType": "COPYRIGHT", "conductDate": "2022-06-01",
                 "noticeHistory": [{"receivedAt": "2022-06-06T09:00:00+08:00", "channel": "EMAIL",
                   "includesIdentity": true, "includesPreliminaryEvidence": true, "locatesContent": true,
                   "measuresTakenAt": "2022-06-07T05:00:00+08:00"}],
                 "policy": {"timelinessHours": {"host": {"copyright": {"late": %s}}}}}""";
        // Configured 12 h / 72 h: a late bound of 18 h makes the band 12 h / 18 h (with the defaults, 24 h / 18 h: 400),
        // and the removal 20 h after the notice is clearly late.
        given().contentType(ContentType.JSON).body(body.formatted("18")).when().post(ClassificationResourceTest.PATH)
                .then().statusCode(200)
                .body("rule", equalTo("NOTICE_RULE"))
                .body("assumptions.findAll { it.code == 'POLICY_OVERRIDE' }.value",
                        contains("timelinessHours.host.copyright.late=18"))
                .body("assumptions.findAll { it.code == 'TIMELINESS_THRESHOLD' }.value",
                        hasItem("NOTICE/HOST/COPYRIGHT: 12h/18h"))
                .body("rulesetVersion", equalTo(ruleset.version()));
        given().contentType(ContentType.JSON).body(body.formatted("10")).when().post(ClassificationResourceTest.PATH)
                .then().statusCode(400)
                .body("errors[0].field", equalTo("policy.timelinessHours.host.copyright"))
                .body("errors[0].message", containsString("prompt (12 h)"));
    }

    @Test
    void another_policy_answers_with_another_ruleset_version() {
        assertThat(ruleset.version()).matches("3\\.0/[0-9a-f]{6}")
                .isNotEqualTo(Ruleset.of(Policy.defaults()).version());
    }
}
