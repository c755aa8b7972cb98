package cn.netlaw.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * The cost of reading a request on a shared machine: {@link EngineBenchmark#read} (the body's bytes to the engine's
 * facts) and {@link EngineBenchmark#readDecideWrite} (read, decide with the explanation, render the result JSON), over
 * the public scenarios in turn, each timed by the CPU time of the running thread and its allocated bytes instead of
 * the wall clock, as {@link ContestedCost} does, so that other processes on the machine do not inflate the figures.
 * Run once on each of two builds (alternately, a few times) to compare them; JMH remains the reference.
 *
 * <pre>java -cp target/classes:$(cat target/bench.classpath) cn.netlaw.bench.ReadCost [operations] [rounds]</pre>
 */
public final class ReadCost {

    private static volatile Object sink;

    private ReadCost() {
    }

    public static void main(String[] args) throws Exception {
        int operations = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        EngineBenchmark bench = new EngineBenchmark();
        bench.readScenarios();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        com.sun.management.ThreadMXBean bytes = (com.sun.management.ThreadMXBean) threads;
        double readSum = 0;
        double wholeSum = 0;
        for (int round = 1; round <= rounds; round++) {
            long t0 = threads.getCurrentThreadCpuTime();
            long b0 = bytes.getCurrentThreadAllocatedBytes();
            for (int i = 0; i < operations; i++) {
                sink = bench.read();
            }
            long t1 = threads.getCurrentThreadCpuTime();
            long b1 = bytes.getCurrentThreadAllocatedBytes();
            for (int i = 0; i < operations; i++) {
                sink = bench.readDecideWrite();
            }
            long t2 = threads.getCurrentThreadCpuTime();
            long b2 = bytes.getCurrentThreadAllocatedBytes();
            double read = (t1 - t0) / (double) operations;
            double whole = (t2 - t1) / (double) operations;
            System.out.printf("round %d: read %.0f ns %d B, readDecideWrite %.0f ns %d B%s%n", round, read,
                    (b1 - b0) / operations, whole, (b2 - b1) / operations, round <= 2 ? " (warm-up)" : "");
            if (round > 2) {
                readSum += read;
                wholeSum += whole;
            }
        }
        if (rounds > 2) {
            System.out.printf("rounds 3-%d: read %.0f ns, readDecideWrite %.0f ns (CPU time per operation)%n", rounds,
                    readSum / (rounds - 2), wholeSum / (rounds - 2));
        }
    }
}
