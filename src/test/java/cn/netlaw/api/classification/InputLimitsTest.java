package cn.netlaw.api.classification;

import static org.assertj.core.api.Assertions.assertThat;

import cn.netlaw.api.problem.Problem;
import cn.netlaw.generative.CaseGenerator;
import cn.netlaw.liability.Violation;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.runtime.configuration.MemorySizeConverter;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * The input limits of the HTTP edge ({@code liability.limits.*} and {@code quarkus.http.limits.max-body-size}),
 * without a container: each limit is exact (at the limit read, one past it refused naming the field and the limit),
 * configurable, and the documented defaults are those of application.properties; and what the limits must admit (a
 * batch of 1000 realistic cases, a case with the most notice episodes) fits in the body-size limit.
 */
class InputLimitsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String PREFIX = "{\"provider\":{\"role\":\"STORAGE\"}";

    private final CaseReader reader = new CaseReader();

    private static Violation onlyViolation(CaseReader reader, String body) {
        CaseReader.Reading reading = reader.read(body);
        assertThat(reading).as("reading of %s", Problem.shorten(body)).isInstanceOf(CaseReader.Invalid.class);
        List<Violation> violations = ((CaseReader.Invalid) reading).violations();
        assertThat(violations).hasSize(1);
        assertThat(violations.getFirst().message())
                .doesNotContain("java.", "cn.netlaw", "Exception", "jackson", "Jackson", "StreamReadConstraints");
        return violations.getFirst();
    }

    private static boolean read(CaseReader reader, String body) {
        return reader.read(body) instanceof CaseReader.Facts;
    }

    /** An array nested depth levels deep as the value of an unknown property: depth + 1 levels with the body. */
    private static String nested(int depth) {
        return PREFIX + ",\"x\":" + "[".repeat(depth) + "]".repeat(depth) + "}";
    }

    private static String episodes(int count) {
        return PREFIX + ",\"noticeHistory\":[" + String.join(",",
                java.util.Collections.nCopies(count, "{\"receivedAt\":\"2022-01-01\"}")) + "]}";
    }

    // ---------------------------------------------------------------------------------------------------------
    // Each limit is exact and named in the answer
    // ---------------------------------------------------------------------------------------------------------

    @Test
    void a_body_nested_thirty_two_levels_deep_is_parsed_and_one_level_more_is_refused_at_the_root() {
        // The body object is level 1, so an array 31 deep inside it reaches level 32.
        Violation unknown = onlyViolation(reader, nested(31));
        assertThat(unknown.field()).isEqualTo("x");
        Violation deep = onlyViolation(reader, nested(32));
        assertThat(deep.field()).isEqualTo("$");
        assertThat(deep.message()).isEqualTo("the body is nested more than 32 levels deep, the limit of the service");
    }

    @Test
    void ten_thousand_levels_of_nesting_are_refused_at_the_root_without_a_stack_overflow() {
        assertThat(onlyViolation(reader, "[".repeat(10_000) + "]".repeat(10_000)).field()).isEqualTo("$");
        assertThat(onlyViolation(reader, "{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000)).field()).isEqualTo("$");
    }

    @Test
    void a_string_of_four_thousand_ninety_six_characters_is_read_and_one_more_is_refused_at_its_path() {
        Violation atLimit = onlyViolation(reader, PREFIX + ",\"conductDate\":\"" + "1".repeat(4096) + "\"}");
        assertThat(atLimit.message()).contains("is not a timestamp");
        Violation over = onlyViolation(reader, PREFIX + ",\"conductDate\":\"" + "1".repeat(4097) + "\"}");
        assertThat(over.field()).isEqualTo("conductDate");
        assertThat(over.message()).isEqualTo("is a string longer than 4096 characters, the limit of the service");
    }

    @Test
    void a_megabyte_string_deep_in_the_request_is_refused_at_its_path() {
        String body = PREFIX.replace("}", "") + ",\"indicators\":{\"hotOrWellKnownWork\":\"" + "x".repeat(1 << 20)
                + "\"}},\"noticeHistory\":[]}";
        assertThat(onlyViolation(reader, body).field()).isEqualTo("provider.indicators.hotOrWellKnownWork");
        String inArray = PREFIX + ",\"noticeHistory\":[{\"receivedAt\":\"2022-01-01\"},\"" + "x".repeat(1 << 20) + "\"]}";
        assertThat(onlyViolation(reader, inArray).field()).isEqualTo("noticeHistory[1]");
    }

    @Test
    void a_property_name_longer_than_the_string_limit_is_refused_at_the_object_that_holds_it() {
        String name = "k".repeat(4097);
        Violation atRoot = onlyViolation(reader, PREFIX + ",\"" + name + "\":1}");
        assertThat(atRoot.field()).isEqualTo("$");
        assertThat(atRoot.message()).isEqualTo("has a property name longer than 4096 characters, the limit of the service");
        Violation inEpisode = onlyViolation(reader,
                PREFIX + ",\"noticeHistory\":[{\"receivedAt\":\"2022-01-01\",\"" + "k".repeat(1 << 20) + "\":1}]}");
        assertThat(inEpisode.field()).isEqualTo("noticeHistory[0]");
    }

    @Test
    void a_number_of_sixty_four_characters_is_read_and_one_more_is_refused_at_its_path() {
        String episode = ",\"noticeHistory\":[{\"receivedAt\":\"2022-01-01\",\"itemCount\":";
        Violation atLimit = onlyViolation(reader, PREFIX + episode + "1".repeat(64) + "}]}");
        assertThat(atLimit.message()).contains("is too large");
        Violation over = onlyViolation(reader, PREFIX + episode + "1".repeat(65) + "}]}");
        assertThat(over.field()).isEqualTo("noticeHistory[0].itemCount");
        assertThat(over.message()).isEqualTo("is a number longer than 64 characters, the limit of the service");
    }

    @Test
    void numbers_beyond_an_integer_are_refused_at_their_path() {
        String episode = ",\"noticeHistory\":[{\"receivedAt\":\"2022-01-01\",\"itemCount\":";
        for (String number : List.of("99999999999999999999", "1e999", "-1e999", "2147483648")) {
            Violation violation = onlyViolation(reader, PREFIX + episode + number + "}]}");
            assertThat(violation.field()).as(number).isEqualTo("noticeHistory[0].itemCount");
        }
    }

    @Test
    void a_thousand_notice_episodes_are_read_and_one_more_is_refused_at_the_notice_history() {
        assertThat(read(reader, episodes(1000))).isTrue();
        Violation over = onlyViolation(reader, episodes(1001));
        assertThat(over.field()).isEqualTo("noticeHistory");
        assertThat(over.message()).isEqualTo("lists 1001 notice episodes, more than the limit of 1000 per case");
        assertThat(onlyViolation(reader, episodes(20_000)).field()).isEqualTo("noticeHistory");
    }

    @Test
    void a_body_in_utf_16_or_utf_32_or_with_a_byte_order_mark_is_refused_at_the_root() {
        String body = "{\"provider\":{\"role\":\"STORAGE\"}}";
        List<byte[]> bodies = List.of(
                concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, body.getBytes(StandardCharsets.UTF_8)),
                body.getBytes(StandardCharsets.UTF_16),
                body.getBytes(StandardCharsets.UTF_16BE),
                body.getBytes(StandardCharsets.UTF_16LE),
                concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, body.getBytes(StandardCharsets.UTF_16LE)),
                body.getBytes(java.nio.charset.Charset.forName("UTF-32")));
        for (byte[] bytes : bodies) {
            CaseReader.Reading reading = reader.read(bytes);
            assertThat(reading).isInstanceOf(CaseReader.Invalid.class);
            Violation violation = ((CaseReader.Invalid) reading).violations().getFirst();
            assertThat(violation.field()).isEqualTo("$");
            assertThat(violation.message()).contains("UTF-8");
        }
        assertThat(reader.read(body.getBytes(StandardCharsets.UTF_8))).isInstanceOf(CaseReader.Facts.class);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    // ---------------------------------------------------------------------------------------------------------
    // Configuration
    // ---------------------------------------------------------------------------------------------------------

    @Test
    void configured_limits_replace_the_defaults() {
        CaseReader strict = new CaseReader(new CaseReader.Limits(8, 40, 5, 2));
        assertThat(onlyViolation(strict, nested(8)).message()).contains("more than 8 levels");
        assertThat(onlyViolation(strict, PREFIX + ",\"conductDate\":\"" + "1".repeat(41) + "\"}").message())
                .contains("longer than 40 characters");
        assertThat(onlyViolation(strict, episodes(3)).message()).contains("more than the limit of 2");
        assertThat(read(strict, episodes(2))).isTrue();
    }

    @Test
    void the_limits_are_read_from_liability_limits_with_the_defaults_of_the_reader() {
        SmallRyeConfig empty = new SmallRyeConfigBuilder().withMapping(LimitsConfig.class).build();
        assertThat(empty.getConfigMapping(LimitsConfig.class).limits()).isEqualTo(CaseReader.Limits.DEFAULTS);
        SmallRyeConfig set = new SmallRyeConfigBuilder()
                .withSources(new PropertiesConfigSource(Map.of(
                        "liability.limits.max-nesting-depth", "16",
                        "liability.limits.max-string-length", "1024",
                        "liability.limits.max-number-length", "20",
                        "liability.limits.max-episodes", "50"), "test", 250))
                .withMapping(LimitsConfig.class)
                .build();
        assertThat(set.getConfigMapping(LimitsConfig.class).limits()).isEqualTo(new CaseReader.Limits(16, 1024, 20, 50));
    }

    @Test
    void application_properties_states_the_documented_defaults() throws IOException {
        Properties properties = applicationProperties();
        assertThat(properties.getProperty("quarkus.http.limits.max-body-size")).isEqualTo("4M");
        assertThat(new CaseReader.Limits(
                Integer.parseInt(properties.getProperty("liability.limits.max-nesting-depth")),
                Integer.parseInt(properties.getProperty("liability.limits.max-string-length")),
                Integer.parseInt(properties.getProperty("liability.limits.max-number-length")),
                Integer.parseInt(properties.getProperty("liability.limits.max-episodes"))))
                .isEqualTo(CaseReader.Limits.DEFAULTS);
    }

    // ---------------------------------------------------------------------------------------------------------
    // What the limits must admit
    // ---------------------------------------------------------------------------------------------------------

    @Test
    void a_batch_of_a_thousand_generated_cases_fits_in_the_body_limit_even_pretty_printed() throws IOException {
        long limit = bodyLimit();
        CaseGenerator generator = new CaseGenerator(20_240_401L);
        ObjectNode batch = NODES.objectNode();
        ArrayNode items = batch.putArray("items");
        for (int i = 0; i < 1000; i++) {
            items.add(generator.next());
        }
        int compact = JSON.writeValueAsBytes(batch).length;
        int pretty = JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(batch).length;
        System.out.printf("a batch of 1000 generated cases: %d bytes compact, %d pretty-printed, limit %d%n",
                compact, pretty, limit);
        assertThat(pretty).isLessThan((int) limit);
    }

    @Test
    void a_case_with_the_most_notice_episodes_every_field_given_fits_in_the_body_limit() throws IOException {
        ObjectNode example = (ObjectNode) JSON.readTree(ContractExamples.NOTICE_HANDLED_IN_TIME);
        ArrayNode history = example.withArray("noticeHistory");
        ObjectNode episode = (ObjectNode) history.get(0);
        history.removeAll();
        for (int i = 0; i < CaseReader.Limits.DEFAULTS.maxEpisodes(); i++) {
            history.add(episode.deepCopy());
        }
        int pretty = JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(example).length;
        System.out.printf("a case with 1000 full episodes: %d bytes pretty-printed%n", pretty);
        assertThat(pretty).isLessThan((int) bodyLimit());
    }

    private static long bodyLimit() throws IOException {
        MemorySize size = new MemorySizeConverter().convert(
                applicationProperties().getProperty("quarkus.http.limits.max-body-size"));
        return size.asLongValue();
    }

    private static Properties applicationProperties() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = InputLimitsTest.class.getResourceAsStream("/application.properties")) {
            properties.load(in);
        }
        return properties;
    }
}
