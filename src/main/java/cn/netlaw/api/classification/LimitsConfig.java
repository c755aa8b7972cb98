package cn.netlaw.api.classification;

import cn.netlaw.api.problem.RouteGuards;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Min;

/**
 * The input limits of the HTTP edge under {@code liability.limits.*}: what {@link CaseReader} reads at most before it
 * answers 400 naming the field and the limit. The size of the whole body is Quarkus' own
 * {@code quarkus.http.limits.max-body-size} (413 beyond it, see {@link RouteGuards}). Every key can also be given in
 * its environment-variable form, e.g. {@code LIABILITY_LIMITS_MAX_EPISODES=2000}.
 */
@ConfigMapping(prefix = "liability.limits")
public interface LimitsConfig {

    /** Levels of JSON nesting; the request shape itself is four deep (noticeHistory[i].counterNotice). */
    @WithDefault("32")
    @Min(1)
    int maxNestingDepth();

    /** Characters in one JSON string or property name; a timestamp needs 35 at most. */
    @WithDefault("4096")
    @Min(1)
    int maxStringLength();

    /** Characters in one JSON number; the request's numbers are small whole numbers. */
    @WithDefault("64")
    @Min(1)
    int maxNumberLength();

    /** Notice episodes in the noticeHistory of one case. */
    @WithDefault("1000")
    @Min(1)
    int maxEpisodes();

    /** Items in one batch ({@code POST /api/v1/classifications/batch}); more is a 413 naming {@code items}. */
    @WithDefault("1000")
    @Min(1)
    int maxBatchItems();

    /**
     * Field errors listed in one batch answer, over all its items; an invalid item after that is answered 400 without
     * its list (its detail says so). Each item lists at most 100 of its own.
     */
    @WithDefault("1000")
    @Min(0)
    int maxBatchErrors();

    default CaseReader.Limits limits() {
        return new CaseReader.Limits(maxNestingDepth(), maxStringLength(), maxNumberLength(), maxEpisodes());
    }
}
