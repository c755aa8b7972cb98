package cn.netlaw.api.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The ids of requests and decisions: random version-4 UUIDs, as {@link UUID#randomUUID()} makes them. */
class RandomUuidsTest {

    @Test
    void every_id_is_a_version_4_uuid_of_the_ietf_variant() {
        for (int i = 0; i < 10 * RandomUuids.BATCH; i++) {
            UUID id = RandomUuids.next();
            assertThat(id.version()).isEqualTo(4);
            assertThat(id.variant()).isEqualTo(2);
            assertThat(UUID.fromString(id.toString())).isEqualTo(id);
        }
    }

    @Test
    void ids_do_not_repeat_across_many_batches_and_threads() throws Exception {
        Set<UUID> seen = ConcurrentHashMap.newKeySet();
        int perThread = 50_000;
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> done = new java.util.ArrayList<>();
            for (int t = 0; t < 4; t++) {
                done.add(threads.submit(() -> {
                    for (int i = 0; i < perThread; i++) {
                        seen.add(RandomUuids.next());
                    }
                }));
            }
            for (Future<?> each : done) {
                each.get();
            }
        } finally {
            threads.shutdown();
        }
        assertThat(seen).hasSize(4 * perThread);
    }

    @Test
    void the_random_bits_are_spread_over_every_position() {
        // each of the 122 random bits is set in about half of 4,000 ids (a stuck bit or byte would show as 0 or 4,000)
        int[] ones = new int[128];
        int n = 4_000;
        for (int i = 0; i < n; i++) {
            UUID id = RandomUuids.next();
            for (int b = 0; b < 64; b++) {
                ones[b] += (int) ((id.getMostSignificantBits() >>> b) & 1);
                ones[64 + b] += (int) ((id.getLeastSignificantBits() >>> b) & 1);
            }
        }
        Set<Integer> fixed = new HashSet<>(List.of(12, 13, 14, 15, 64 + 62, 64 + 63)); // version and variant
        for (int b = 0; b < 128; b++) {
            if (!fixed.contains(b)) {
                assertThat(ones[b]).as("bit %d", b).isBetween(n / 2 - 300, n / 2 + 300);
            }
        }
    }
}
