package cn.netlaw.api.classification;

import cn.netlaw.liability.Band;
import cn.netlaw.liability.Policy;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The rules a decision was made under: the specification version this service implements and a short hash of the
 * configured policy, e.g. {@code 3.0/3f9a2c}. Two services that answer with the same {@code rulesetVersion} apply the
 * same procedure with the same thresholds. A per-request policy never changes it.
 *
 * @param version the rendering sent as {@code rulesetVersion}
 */
public record Ruleset(String version) {

    /** The version of the decision procedure implemented (docs/procedure.md). */
    public static final String SPEC_VERSION = "3.0";

    public Ruleset {
        Objects.requireNonNull(version, "version");
    }

    /** {@code SPEC_VERSION/} and the first six hex digits of SHA-256 over {@link #canonical(Policy)}. */
    public static Ruleset of(Policy policy) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(canonical(policy).getBytes(StandardCharsets.UTF_8));
            return new Ruleset(SPEC_VERSION + "/" + HexFormat.of().formatHex(digest).substring(0, 6));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /**
     * Every component of the policy, one {@code name=value} line each, in name order; maps are rendered with sorted
     * keys and collections sorted, so the text does not depend on iteration order; a timeliness band is rendered
     * {@code prompt/late} in hours, each in its shortest form ({@code 0.5/2}). A component added to {@link Policy} is
     * included without change here.
     */
    public static String canonical(Policy policy) {
        TreeMap<String, String> lines = new TreeMap<>();
        for (RecordComponent component : Policy.class.getRecordComponents()) {
            try {
                lines.put(component.getName(), render(component.getAccessor().invoke(policy)));
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("policy component " + component.getName() + " unreadable", e);
            }
        }
        return lines.entrySet().stream()
                .map(line -> line.getKey() + "=" + line.getValue())
                .collect(Collectors.joining("\n", "", "\n"));
    }

    private static String render(Object value) {
        if (value instanceof Map<?, ?> map) {
            TreeMap<String, String> sorted = new TreeMap<>();
            map.forEach((key, entry) -> sorted.put(String.valueOf(key), render(entry)));
            return sorted.entrySet().stream()
                    .map(e -> e.getKey() + ":" + e.getValue())
                    .collect(Collectors.joining(",", "{", "}"));
        }
        if (value instanceof Band band) {
            return Band.hours(band.prompt()) + "/" + Band.hours(band.late());
        }
        if (value instanceof Collection<?> collection) {
            return collection.stream().map(Ruleset::render).sorted().collect(Collectors.joining(",", "[", "]"));
        }
        return String.valueOf(value);
    }
}
