package cn.netlaw.bench;

import cn.netlaw.api.classification.BatchReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The body of a batch of 1000 (the request bodies of {@code bench/bodies} in turn, as {@code bench/batch.sh} sends
 * it, 1.47 MB) from its stream to the envelope's items, the stream handing out 8 KiB per read as the HTTP server's
 * blocking stream does:
 * <ul>
 * <li>{@link #wholeArray}: read into one array of the body's length ({@code InputStream.readAllBytes}, as a
 * {@code byte[]} parameter was read), then {@link BatchReader#read(byte[])}: the service until the fifth session;</li>
 * <li>{@link #inPieces}: {@link BatchReader#receive} into pieces of at most 256 KiB, then the envelope read across
 * them: the service now.</li>
 * </ul>
 * {@code -prof gc}'s {@code gc.alloc.rate.norm} is the bytes one body costs; the largest single allocation is the
 * array of the first (a G1 humongous object in a heap of 1 MiB regions), at most 256 KiB in the second.
 * The bodies are found at {@code -Dbodies=DIR}, by default relative to the project directory.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class BatchBodyBenchmark {

    private static final int ITEMS = 1000;
    private static final int READ = 8 << 10;

    private final BatchReader reader = new BatchReader(ITEMS);
    private byte[] batch;

    @Setup(Level.Trial)
    public void readBodies() throws IOException {
        List<Path> bodies;
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("bodies", "bench/bodies")))) {
            bodies = files.filter(p -> p.getFileName().toString().matches("case-.*\\.json")).sorted().toList();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("{\"items\":[".getBytes());
        for (int i = 0; i < ITEMS; i++) {
            if (i > 0) {
                out.write(',');
            }
            out.writeBytes(Files.readAllBytes(bodies.get(i % bodies.size())));
        }
        out.writeBytes("]}".getBytes());
        batch = out.toByteArray();
        System.out.printf("%na batch of %d items, %d bytes%n", ITEMS, batch.length);
    }

    /** The body as the HTTP server's blocking stream gives it: at most 8 KiB per read. */
    private InputStream stream() {
        return new ByteArrayInputStream(batch) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, READ));
            }

            @Override
            public synchronized byte[] readAllBytes() {
                throw new UnsupportedOperationException("read through InputStream's own readAllBytes");
            }
        };
    }

    @Benchmark
    public BatchReader.Envelope wholeArray() throws IOException {
        InputStream in = stream();
        byte[] body = in.readNBytes(Integer.MAX_VALUE);
        return reader.read(body);
    }

    @Benchmark
    public BatchReader.Envelope inPieces() throws IOException {
        return reader.read(reader.receive(stream()));
    }
}
