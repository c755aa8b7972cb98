package cn.netlaw.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * The cost of Step 12 on a shared machine: {@link EngineBenchmark#contestedHeadlineOnly} and
 * {@link EngineBenchmark#contestedWithAlternatives} (the engine), or with {@code answer} as third argument
 * {@link EngineBenchmark#contestedPlainReadDecideWrite} and {@link EngineBenchmark#contestedReadDecideWrite} (the
 * whole answer without HTTP), run in turn, round by round, each timed by the CPU time of the running thread (and its
 * allocated bytes) instead of the wall clock, so that other processes on the machine do not inflate one side of the
 * ratio. JMH remains the reference; this is for a machine where other builds run.
 *
 * <pre>java -cp target/classes:$(cat target/bench.classpath) cn.netlaw.bench.ContestedCost [operations] [rounds] [answer]</pre>
 */
public final class ContestedCost {

    private static volatile Object sink;

    private ContestedCost() {
    }

    public static void main(String[] args) throws Exception {
        int operations = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        boolean answer = args.length > 2 && args[2].equals("answer");
        EngineBenchmark bench = new EngineBenchmark();
        bench.readScenarios();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        com.sun.management.ThreadMXBean bytes = (com.sun.management.ThreadMXBean) threads;
        double plainSum = 0;
        double contestedSum = 0;
        for (int round = 1; round <= rounds; round++) {
            long t0 = threads.getCurrentThreadCpuTime();
            long b0 = bytes.getCurrentThreadAllocatedBytes();
            for (int i = 0; i < operations; i++) {
                sink = answer ? bench.contestedPlainReadDecideWrite() : bench.contestedHeadlineOnly();
            }
            long t1 = threads.getCurrentThreadCpuTime();
            long b1 = bytes.getCurrentThreadAllocatedBytes();
            for (int i = 0; i < operations; i++) {
                sink = answer ? bench.contestedReadDecideWrite() : bench.contestedWithAlternatives();
            }
            long t2 = threads.getCurrentThreadCpuTime();
            long b2 = bytes.getCurrentThreadAllocatedBytes();
            double plain = (t1 - t0) / (double) operations;
            double contested = (t2 - t1) / (double) operations;
            System.out.printf("round %d: plain %.0f ns %d B, contested with alternatives %.0f ns %d B, ratio %.2f%s%n",
                    round, plain, (b1 - b0) / operations, contested, (b2 - b1) / operations, contested / plain,
                    round <= 2 ? " (warm-up)" : "");
            if (round > 2) {
                plainSum += plain;
                contestedSum += contested;
            }
        }
        if (rounds > 2) {
            System.out.printf("rounds 3-%d: plain %.0f ns, contested %.0f ns, ratio %.2f (target <= 1.30)%n", rounds,
                    plainSum / (rounds - 2), contestedSum / (rounds - 2), contestedSum / plainSum);
        }
    }
}
