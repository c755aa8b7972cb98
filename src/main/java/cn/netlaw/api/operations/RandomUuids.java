package cn.netlaw.api.operations;

import java.security.SecureRandom;
import java.util.UUID;

/**
 * Random (version 4) UUIDs for the ids every answer carries: the request id {@link RequestIds} makes when the caller
 * gives none, and the {@code decisionId} of each decision ({@link DecisionTelemetry}).
 *
 * <p>{@link UUID#randomUUID()} asks the JDK's shared {@code SecureRandom} (on Linux {@code NativePRNG}: a read of
 * {@code /dev/urandom} mixed with SHA-1, under a lock) for 16 bytes at a time: about 0.4 µs per id, two ids per
 * answer, 2 % of the event loop's samples under load (bench/README.md, "The HTTP edge (fourth session)"). Here each
 * thread draws from a {@code SecureRandom} of its own (the JDK's {@code DRBG}, seeded by the JDK from the system's
 * entropy) {@value #BATCH} bytes at a time and cuts its ids from them: the same quality of randomness, a cryptographic
 * generator, no lock shared between event loops, about an eighth of the cost. The bits are laid out as
 * {@link UUID#randomUUID()} lays them out (RFC 9562 §5.4: version 4, variant 10).
 */
public final class RandomUuids {

    /** Bytes drawn from the generator at once: 64 ids. */
    static final int BATCH = 1024;

    private static final ThreadLocal<RandomUuids> PER_THREAD = ThreadLocal.withInitial(RandomUuids::new);

    private final SecureRandom random;
    private final byte[] bytes = new byte[BATCH];
    private int next = BATCH;

    private RandomUuids() {
        SecureRandom drbg;
        try {
            drbg = SecureRandom.getInstance("DRBG");
        } catch (java.security.NoSuchAlgorithmException absent) {
            drbg = new SecureRandom();
        }
        this.random = drbg;
    }

    /** A new random UUID (version 4). */
    public static UUID next() {
        return PER_THREAD.get().draw();
    }

    private UUID draw() {
        if (next == BATCH) {
            random.nextBytes(bytes);
            next = 0;
        }
        long high = bits(next);
        long low = bits(next + 8);
        next += 16;
        high = (high & ~0xF000L) | 0x4000L; // version 4
        low = (low & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L; // variant 10
        return new UUID(high, low);
    }

    private long bits(int from) {
        long value = 0;
        for (int i = from; i < from + 8; i++) {
            value = (value << 8) | (bytes[i] & 0xFF);
        }
        return value;
    }
}
