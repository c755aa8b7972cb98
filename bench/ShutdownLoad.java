import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The load of bench/shutdown.sh: CONCURRENCY clients POST the given bodies in turn to URL, each request after the
 * previous one's answer, for SECONDS, and every request is recorded in OUT as "sent_us,done_us,status,error": the
 * wall-clock instants (microseconds since the epoch) just before the request was handed to the HTTP client and when
 * its answer (or failure) came back, the HTTP status (0 when there was none) and the failure's kind.
 *
 * <p>Run with a JDK 21+, as a single source file: {@code java bench/ShutdownLoad.java URL CONCURRENCY SECONDS OUT
 * BODY...}.
 */
public class ShutdownLoad {

    record Outcome(long sentMicros, long doneMicros, int status, String error) {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 5) {
            System.err.println("usage: java ShutdownLoad.java URL CONCURRENCY SECONDS OUT BODY...");
            System.exit(2);
        }
        URI url = URI.create(args[0]);
        int concurrency = Integer.parseInt(args[1]);
        long until = System.nanoTime() + Duration.ofSeconds(Long.parseLong(args[2])).toNanos();
        Path out = Path.of(args[3]);
        List<byte[]> bodies = new ArrayList<>();
        for (int i = 4; i < args.length; i++) {
            bodies.add(Files.readAllBytes(Path.of(args[i])));
        }
        ConcurrentLinkedQueue<Outcome> outcomes = new ConcurrentLinkedQueue<>();
        try (HttpClient client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2))
                .build()) {
            List<Thread> workers = new ArrayList<>();
            for (int w = 0; w < concurrency; w++) {
                int first = w * 7;
                workers.add(Thread.ofPlatform().name("load-" + w).start(() -> {
                    for (int n = first; System.nanoTime() < until; n++) {
                        HttpRequest request = HttpRequest.newBuilder(url)
                                .timeout(Duration.ofSeconds(30))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofByteArray(bodies.get(n % bodies.size())))
                                .build();
                        long sent = micros();
                        try {
                            HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());
                            outcomes.add(new Outcome(sent, micros(), response.statusCode(), ""));
                        } catch (IOException e) {
                            outcomes.add(new Outcome(sent, micros(), 0, e.getClass().getSimpleName()));
                            pause();
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                }));
            }
            for (Thread worker : workers) {
                worker.join();
            }
        }
        try (PrintWriter writer = new PrintWriter(Files.newBufferedWriter(out))) {
            writer.println("sent_us,done_us,status,error");
            outcomes.stream()
                    .sorted((a, b) -> Long.compare(a.sentMicros(), b.sentMicros()))
                    .forEach(o -> writer.println(o.sentMicros() + "," + o.doneMicros() + "," + o.status() + "," + o.error()));
        }
    }

    private static long micros() {
        Instant now = Instant.now();
        return now.getEpochSecond() * 1_000_000 + now.getNano() / 1_000;
    }

    /** After a failure (the service is gone), do not spin. */
    private static void pause() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
