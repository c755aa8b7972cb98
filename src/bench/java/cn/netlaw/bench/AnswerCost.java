package cn.netlaw.bench;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;

/**
 * The CPU time and the bytes allocated per operation of {@link EngineBenchmark} methods named on the command line,
 * run in turn, round by round (A B C A B C ...), each timed by the CPU time of the running thread instead of the wall
 * clock, as {@link ContestedCost} does, so that other processes on a shared machine do not inflate the figures. The
 * first two rounds are warm-up; the mean of the others is printed per method. It names the methods, so the same file
 * measures two versions of the service (bench/README.md, "Writing the answer").
 *
 * <pre>
 * java -cp target/classes:$(cat target/bench.classpath) cn.netlaw.bench.AnswerCost operations rounds method...
 * </pre>
 */
public final class AnswerCost {

    private static volatile Object sink;

    private AnswerCost() {
    }

    public static void main(String[] args) throws Throwable {
        int operations = Integer.parseInt(args[0]);
        int rounds = Integer.parseInt(args[1]);
        EngineBenchmark bench = new EngineBenchmark();
        bench.readScenarios();
        List<String> names = new ArrayList<>();
        List<MethodHandle> methods = new ArrayList<>();
        for (int i = 2; i < args.length; i++) {
            names.add(args[i]);
            methods.add(MethodHandles.publicLookup().unreflect(EngineBenchmark.class.getMethod(args[i]))
                    .bindTo(bench).asType(MethodType.methodType(Object.class)));
        }
        java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        com.sun.management.ThreadMXBean bytes = (com.sun.management.ThreadMXBean) threads;
        double[] nanos = new double[names.size()];
        double[] allocated = new double[names.size()];
        for (int round = 1; round <= rounds; round++) {
            StringBuilder line = new StringBuilder("round " + round + (round <= 2 ? " (warm-up):" : ":"));
            for (int m = 0; m < names.size(); m++) {
                MethodHandle method = methods.get(m);
                long t0 = threads.getCurrentThreadCpuTime();
                long b0 = bytes.getCurrentThreadAllocatedBytes();
                for (int i = 0; i < operations; i++) {
                    sink = (Object) method.invokeExact();
                }
                double ns = (threads.getCurrentThreadCpuTime() - t0) / (double) operations;
                double b = (bytes.getCurrentThreadAllocatedBytes() - b0) / (double) operations;
                line.append(String.format(" %s %.0f ns %.0f B;", names.get(m), ns, b));
                if (round > 2) {
                    nanos[m] += ns;
                    allocated[m] += b;
                }
            }
            System.out.println(line);
        }
        for (int m = 0; m < names.size() && rounds > 2; m++) {
            System.out.printf("rounds 3-%d: %s %.0f ns/op, %.0f B/op%n", rounds, names.get(m),
                    nanos[m] / (rounds - 2), allocated[m] / (rounds - 2));
        }
    }
}
