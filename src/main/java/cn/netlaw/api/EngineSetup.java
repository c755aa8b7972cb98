package cn.netlaw.api;

import cn.netlaw.liability.LiabilityEngine;
import cn.netlaw.liability.Policy;
import cn.netlaw.liability.RightType;
import cn.netlaw.liability.RoleClass;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/**
 * Builds the engine from the configuration: the {@link Policy} of {@code liability.policy.*}, the clock of
 * {@code liability.evaluation-time} (fixed when set, else the system clock), and the plain readers (with the input
 * limits of {@code liability.limits.*}) and writer of the HTTP edge.
 */
@Singleton
public class EngineSetup {

    @Produces
    @Singleton
    Policy policy(LiabilityConfig config) {
        return policy(config.policy());
    }

    @Produces
    @Singleton
    LiabilityEngine engine(Policy policy, LiabilityConfig config) {
        return new LiabilityEngine(policy, clock(config));
    }

    @Produces
    @Singleton
    Ruleset ruleset(Policy policy) {
        return Ruleset.of(policy);
    }

    @Produces
    @Singleton
    CaseReader caseReader(LimitsConfig limits) {
        return new CaseReader(limits.limits());
    }

    @Produces
    @Singleton
    BatchReader batchReader(LimitsConfig limits) {
        return new BatchReader(limits.maxBatchItems());
    }

    /** The provisions catalogue, read (and checked against the engine's ids) when the service starts. */
    @Produces
    @Singleton
    @Startup
    ProvisionCatalogue provisionCatalogue() {
        return ProvisionCatalogue.standard();
    }

    @Produces
    @Singleton
    Citations citations(ProvisionCatalogue catalogue) {
        return new Citations(catalogue);
    }

    @Produces
    @Singleton
    ClassificationWriter classificationWriter(Citations citations) {
        return new ClassificationWriter(new ExplanationWriter(citations));
    }

    /** The evaluation instant's source: fixed at {@code liability.evaluation-time} when set. */
    static Clock clock(LiabilityConfig config) {
        return config.evaluationTime()
                .map(time -> Clock.fixed(time.toInstant(), time.getOffset()))
                .orElseGet(Clock::systemUTC);
    }

    static Policy policy(LiabilityConfig.PolicyConfig config) {
        LiabilityConfig.HostHours host = config.timelinessHours().host();
        LiabilityConfig.ConduitHours conduit = config.timelinessHours().conduit();
        Map<RightType, Integer> hostRow = new EnumMap<>(RightType.class);
        hostRow.put(RightType.COPYRIGHT, host.copyright());
        hostRow.put(RightType.COPYRIGHT_OTHER, host.copyrightOther());
        hostRow.put(RightType.PERSONALITY, host.personality());
        hostRow.put(RightType.TRADEMARK, host.trademark());
        hostRow.put(RightType.PATENT, host.patent());
        hostRow.put(RightType.OTHER, host.other());
        Map<RightType, Integer> conduitRow = new EnumMap<>(RightType.class);
        conduitRow.put(RightType.COPYRIGHT, conduit.copyright());
        conduitRow.put(RightType.COPYRIGHT_OTHER, conduit.copyrightOther());
        conduitRow.put(RightType.PERSONALITY, conduit.personality());
        conduitRow.put(RightType.TRADEMARK, conduit.trademark());
        conduitRow.put(RightType.PATENT, conduit.patent());
        conduitRow.put(RightType.OTHER, conduit.other());
        return new Policy(
                Map.of(RoleClass.HOST, hostRow, RoleClass.CONDUIT, conduitRow),
                config.largeBatchItems(),
                config.largeBatchMultiplier(),
                config.counterNoticeDays(),
                config.maxExcludedDelayWorkingDays(),
                config.tllKnowledgeIncludesShouldHaveKnown(),
                new HashSet<>(config.holidays().orElse(List.of())),
                new HashSet<>(config.adjustedWorkingDays().orElse(List.of())),
                config.conduitNoticeDutyBeforeCivilCode(),
                config.patentForwardingSuffices(),
                config.limitationYears());
    }
}
