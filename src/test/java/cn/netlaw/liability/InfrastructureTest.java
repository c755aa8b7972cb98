package cn.netlaw.liability;

import static cn.netlaw.liability.CaseSketch.NoticeSketch.received;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * docs/procedure.md#roles — INFRASTRUCTURE (cloud servers, IaaS, mini-program frameworks): not a Regulation service
 * type (no harbour, no Reg 14/15/20–23), forwarding or warning is its necessary measure, determined from 2021 (IP
 * rights: notices from 2020-09-14) and contested before; the engine never derives its knowledge; never DIRECT unless it
 * participates.
 */
class InfrastructureTest {

    private static Instant at(String s) {
        return Moment.parse(s).instant();
    }

    @Test
    void a_civil_code_notice_not_forwarded_by_the_late_deadline_is_a_determined_miss() {
        Classification c = CaseSketch.of(Role.INFRASTRUCTURE, RightType.COPYRIGHT).conduct("2023-03-01")
                .notice(received("2023-03-02T09:00:00+08:00")).classify();
        assertThat(c.rule()).isEqualTo(Rule.NOTICE_RULE);
        assertThat(c.certainty()).isEqualTo(Certainty.DETERMINED);
        assertThat(c.liablePeriods()).containsExactly(new LiablePeriod(at("2023-03-03T09:00:00+08:00"), null));
        assertThat(c.safeHarbour()).isEqualTo(SafeHarbourStatus.NOT_APPLICABLE);
        assertThat(c.legalBasis()).contains(Provision.CIVIL_CODE_1195_2, Provision.CIVIL_CODE_1195_1)
                .doesNotContain(Provision.REG_14, Provision.REG_15, Provision.REG_20, Provision.REG_21,
                        Provision.REG_22, Provision.REG_23);
        assertThat(c.dutyBreaches()).containsExactly(DutyBreach.FORWARDING_NOT_DONE);
        assertThat(c.reviewFlags()).contains(ReviewFlag.MEASURE_ADEQUACY_NEEDS_REVIEW);
    }

    @Test
    void a_tort_liability_law_notice_not_forwarded_is_contested_and_an_ip_notice_from_the_reply_is_determined() {
        CaseSketch old = CaseSketch.of(Role.INFRASTRUCTURE, RightType.PERSONALITY).conduct("2016-03-01")
                .notice(received("2016-04-01T09:00:00+08:00"));
        old.conductEndDate = CaseSketch.at("2016-12-31");
        Classification tll = old.classify();
        assertThat(tll.rule()).isEqualTo(Rule.NO_FAULT);
        assertThat(tll.contested()).singleElement().satisfies(q -> assertThat(q.question())
                .isEqualTo(ContestedQuestion.CONDUIT_NECESSARY_MEASURE));

        CaseSketch reply = CaseSketch.of(Role.INFRASTRUCTURE, RightType.TRADEMARK).conduct("2020-10-01")
                .notice(received("2020-10-05T09:00:00+08:00"));
        reply.conductEndDate = CaseSketch.at("2020-11-30");
        Classification ip = reply.classify();
        assertThat(ip.regime()).isEqualTo(Regime.TORT_LIABILITY_LAW);
        assertThat(ip.rule()).isEqualTo(Rule.NOTICE_RULE);
        assertThat(ip.certainty()).isEqualTo(Certainty.DETERMINED);
        assertThat(ip.legalBasis()).contains(Provision.SPC_REPLY_2020_2);
    }

    @Test
    void forwarding_in_time_answers_the_notice_and_lifting_a_voluntary_suspension_counts_as_never_taken() {
        Classification forwarded = CaseSketch.of(Role.INFRASTRUCTURE, RightType.COPYRIGHT).conduct("2023-03-01")
                .notice(received("2023-03-02T09:00:00+08:00").forwarded("2023-03-02T15:00:00+08:00"))
                .classify();
        assertThat(forwarded.rule()).isEqualTo(Rule.NO_FAULT);
        assertThat(forwarded.certainty()).isEqualTo(Certainty.DETERMINED);

        Classification lifted = CaseSketch.of(Role.INFRASTRUCTURE, RightType.COPYRIGHT).conduct("2023-03-01")
                .notice(received("2023-03-02T09:00:00+08:00").removed("2023-03-02T10:00:00+08:00")
                        .restored("2023-03-10T09:00:00+08:00"))
                .classify();
        assertThat(lifted.rule()).isEqualTo(Rule.NOTICE_RULE);
        assertThat(lifted.liablePeriods()).containsExactly(new LiablePeriod(at("2023-03-10T09:00:00+08:00"), null));
    }

    @Test
    void the_engine_derives_no_knowledge_for_infrastructure_and_the_callers_should_have_known_is_contested() {
        CaseSketch indicators = CaseSketch.of(Role.INFRASTRUCTURE, RightType.COPYRIGHT).conduct("2023-03-01");
        indicators.indicators = new Indicators(true, true, true, true, true, true, true, null, null, null, null);
        Classification none = indicators.classify();
        assertThat(none.effectiveKnowledge()).isEqualTo(Knowledge.NONE);
        assertThat(none.reasons()).contains(Reason.CONDUIT_NO_CONSTRUCTIVE_KNOWLEDGE);

        CaseSketch shk = CaseSketch.of(Role.INFRASTRUCTURE, RightType.COPYRIGHT).conduct("2023-03-01");
        shk.knowledge = Knowledge.SHOULD_HAVE_KNOWN;
        shk.knowledgeSince = CaseSketch.at("2023-03-05T09:00:00+08:00");
        Classification c = shk.classify();
        assertThat(c.liability()).isEqualTo(Liability.NONE);
        assertThat(c.contested()).singleElement().satisfies(q -> {
            assertThat(q.question()).isEqualTo(ContestedQuestion.CONDUIT_NECESSARY_MEASURE);
            assertThat(q.subject()).isEqualTo("provider.knowledgeSince");
        });

        CaseSketch knew = CaseSketch.of(Role.INFRASTRUCTURE, RightType.COPYRIGHT).conduct("2023-03-01");
        knew.knowledge = Knowledge.KNEW;
        knew.knowledgeSince = CaseSketch.at("2023-03-05T09:00:00+08:00");
        Classification k = knew.classify();
        assertThat(k.rule()).isEqualTo(Rule.KNOWLEDGE_RULE);
        assertThat(k.jointScope()).isEqualTo(JointScope.SINCE_KNOWLEDGE);
        assertThat(k.certainty()).isEqualTo(Certainty.DETERMINED);

        // warned in time, but the content stayed up: whether suspending the whole service was required is open
        knew.userWarnedAt = CaseSketch.at("2023-03-05T12:00:00+08:00");
        Classification warned = knew.classify();
        assertThat(warned.liability()).isEqualTo(Liability.NONE);
        assertThat(warned.contested()).singleElement().satisfies(q -> assertThat(q.question())
                .isEqualTo(ContestedQuestion.CONDUIT_NECESSARY_MEASURE));
    }

    @Test
    void infrastructure_is_direct_only_when_it_participates_in_the_content() {
        CaseSketch s = CaseSketch.of(Role.INFRASTRUCTURE, RightType.COPYRIGHT).conduct("2023-03-01");
        s.alters = true;
        s.userUploadProven = false;
        s.selectsRecipients = true;
        assertThat(s.classify().liability()).isEqualTo(Liability.NONE);
        s.participates = true;
        assertThat(s.classify().liability()).isEqualTo(Liability.DIRECT);
    }
}
