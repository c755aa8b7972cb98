package cn.netlaw.api.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.netlaw.api.problem.Problem;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Admission control of the expensive requests: bounded places, a bounded queue, 503 with Retry-After beyond. */
class AdmissionTest {

    private static AdmissionConfig config(int concurrent, int queue, Duration maxWait) {
        return config(concurrent, queue, maxWait, 0);
    }

    private static AdmissionConfig config(int concurrent, int queue, Duration maxWait, int batchThreads) {
        return new io.smallrye.config.SmallRyeConfigBuilder()
                .withConverter(Duration.class, 100, new io.quarkus.runtime.configuration.DurationConverter())
                .withSources(new io.smallrye.config.PropertiesConfigSource(java.util.Map.of(
                        "liability.admission.concurrent", Integer.toString(concurrent),
                        "liability.admission.queue", Integer.toString(queue),
                        "liability.admission.max-wait", maxWait.toMillis() + "ms",
                        "liability.admission.retry-after-seconds", "3",
                        "liability.admission.batch-threads", Integer.toString(batchThreads)), "test", 250))
                .withMapping(AdmissionConfig.class).build().getConfigMapping(AdmissionConfig.class);
    }

    @Test
    void beyond_the_places_and_the_queue_a_request_is_refused_and_counted() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        Admission admission = new Admission(config(2, 0, Duration.ZERO), registry);
        Admission.Place first = admission.enter();
        Admission.Place second = admission.enter();
        assertThat(first).isNotNull();
        assertThat(second).isNotNull();
        assertThat(admission.enter()).isNull();
        assertThat(registry.get("liability.admission.refused").counter().count()).isEqualTo(1.0);
        first.close();
        first.close(); // a place is freed once, however often it is closed
        Admission.Place third = admission.enter();
        assertThat(third).isNotNull();
        assertThat(admission.enter()).isNull();
        second.close();
        third.close();
    }

    @Test
    void a_queued_request_gets_the_place_that_is_freed_while_it_waits_and_the_queue_is_bounded() throws Exception {
        Admission admission = new Admission(config(1, 1, Duration.ofSeconds(30)), new SimpleMeterRegistry());
        Admission.Place held = admission.enter();
        CompletableFuture<Admission.Place> waiting = CompletableFuture.supplyAsync(admission::enter);
        for (int i = 0; i < 3000 && admission.waiting() == 0; i++) {
            Thread.sleep(10);
        }
        assertThat(admission.waiting()).isEqualTo(1);
        assertThat(admission.enter()).as("the queue of one is full").isNull();
        held.close();
        Admission.Place granted = waiting.get(30, TimeUnit.SECONDS);
        assertThat(granted).isNotNull();
        assertThat(admission.waiting()).isZero();
        granted.close();
    }

    @Test
    void a_request_that_waits_longer_than_the_maximum_is_refused() {
        Admission admission = new Admission(config(1, 1, Duration.ofMillis(50)), new SimpleMeterRegistry());
        Admission.Place held = admission.enter();
        assertThat(admission.enter()).isNull();
        assertThat(admission.waiting()).isZero();
        held.close();
    }

    @Test
    void the_refusal_is_a_503_problem_with_retry_after() throws Exception {
        Admission admission = new Admission(config(1, 0, Duration.ZERO), new SimpleMeterRegistry());
        Response busy = admission.busy();
        assertThat(busy.getStatus()).isEqualTo(503);
        assertThat(busy.getHeaderString("Retry-After")).isEqualTo("3");
        assertThat(busy.getMediaType().toString()).isEqualTo(Problem.MEDIA_TYPE);
        JsonNode problem = new ObjectMapper().readTree((byte[]) busy.getEntity());
        assertThat(problem.path("type").asText()).isEqualTo("/problems/service-busy");
        assertThat(problem.path("status").asInt()).isEqualTo(503);
        assertThat(problem.path("detail").asText()).contains("3 seconds");
    }

    @Test
    void a_configuration_without_a_place_is_refused_at_start() {
        assertThatThrownBy(() -> new Admission(config(0, 0, Duration.ZERO), new SimpleMeterRegistry()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("concurrent");
    }

    @Test
    void a_free_place_is_lent_while_no_request_waits_and_given_to_the_next_request() throws Exception {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        Admission admission = new Admission(config(2, 0, Duration.ZERO), registry);
        Admission.Place batch = admission.enter();
        Admission.Place lent = admission.lend();
        assertThat(lent).as("the second place, free, is lent").isNotNull();
        assertThat(admission.lend()).as("no third place").isNull();
        assertThat(admission.wanted()).isFalse();
        // a request arriving now waits for the lent place, though the queue is 0 and max-wait 0
        CompletableFuture<Admission.Place> next = CompletableFuture.supplyAsync(admission::enter);
        for (int i = 0; i < 3000 && !admission.wanted(); i++) {
            Thread.sleep(10);
        }
        assertThat(admission.wanted()).as("the borrower is told a request waits").isTrue();
        assertThat(admission.lend()).as("nothing is lent while a request waits").isNull();
        lent.close();
        Admission.Place granted = next.get(30, TimeUnit.SECONDS);
        assertThat(granted).as("the request has the place the borrower gave back").isNotNull();
        assertThat(registry.get("liability.admission.refused").counter().count()).isZero();
        assertThat(admission.enter()).as("both places held by requests: refused").isNull();
        granted.close();
        batch.close();
        assertThat(admission.lend()).isNotNull();
    }

    @Test
    void a_batch_uses_at_most_the_processors_and_the_places() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        assertThat(new Admission(config(2, 4, Duration.ZERO, 0), registry, 2).batchThreads()).isEqualTo(2);
        assertThat(new Admission(config(2, 4, Duration.ZERO, 0), registry, 8).batchThreads()).isEqualTo(2);
        assertThat(new Admission(config(8, 4, Duration.ZERO, 0), registry, 4).batchThreads()).isEqualTo(4);
        assertThat(new Admission(config(8, 4, Duration.ZERO, 3), registry, 4).batchThreads()).isEqualTo(3);
        assertThat(new Admission(config(8, 4, Duration.ZERO, 16), registry, 4).batchThreads()).isEqualTo(4);
        assertThat(new Admission(config(2, 4, Duration.ZERO, 1), registry, 2).batchThreads()).isEqualTo(1);
        assertThatThrownBy(() -> new Admission(config(2, 4, Duration.ZERO, -1), registry, 2))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("batch-threads");
    }

    @Test
    void by_default_a_batch_uses_one_thread_per_processor() {
        AdmissionConfig defaults = new io.smallrye.config.SmallRyeConfigBuilder()
                .withConverter(Duration.class, 100, new io.quarkus.runtime.configuration.DurationConverter())
                .withMapping(AdmissionConfig.class).build().getConfigMapping(AdmissionConfig.class);
        assertThat(defaults.batchThreads()).isZero();
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        assertThat(new Admission(defaults, registry, 1).batchThreads()).as("one processor").isEqualTo(1);
        assertThat(new Admission(defaults, registry, 2).batchThreads()).as("two processors").isEqualTo(2);
        assertThat(new Admission(defaults, registry, 8).batchThreads()).as("eight processors, two places")
                .isEqualTo(2);
    }
}
