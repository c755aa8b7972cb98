package cn.netlaw.api.classification;

import cn.netlaw.api.problem.Problem;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * The answer of a batch, {@code {"results": [...]}}, with its items decided on up to {@code threads} threads at once
 * and written in the order of the items: byte for byte what {@link ClassificationWriter#writeBatch} writes when the
 * items are decided one after the other (BatchAnswersTest).
 *
 * <p>The items are cut into runs of {@value #RUN}. The thread that writes the answer (the batch's own) and its helpers
 * each take the next run not yet taken. The batch's thread decides the run to be written next straight into the
 * output, item after item, as one thread would; a run taken ahead of that (by a helper, or by the batch's thread while
 * a helper has the next one) is decided into its own bytes, and written when its turn comes. An item's problem is
 * written by the batch's thread when its turn comes, because whether it lists its field errors depends on the errors
 * listed before it in the batch ({@code liability.limits.max-batch-errors}). What is decided ahead of the output is
 * bounded: no run is taken more than {@value #AHEAD} runs after the one to be written next, nor while the runs not
 * yet written hold more than {@value #AHEAD_BYTES} bytes, and a run decided ahead stops at {@value #RUN_BYTES} bytes
 * and leaves the rest of its items to be decided as they are written; so a batch's memory does not grow with its
 * answer, nor with a slow reader.
 *
 * <p>A helper (from {@link Threads}) stops when no run may be taken, and before any item when its thread is wanted
 * elsewhere; the rest of a run it leaves is decided by the batch's thread as it is written. Before each item every
 * thread asks whether the answer is still wanted (the client still there): when not, the items after it are not
 * decided and the answer ends there. A failure (an error of the service) ends the answer where it struck, as it would one thread.
 */
final class BatchAnswers {

    /** Items per run. */
    static final int RUN = 8;
    /** Runs that may be taken after the one to be written next. */
    static final int AHEAD = 8;
    /** Bytes that runs decided and not yet written may hold before no further run is taken. */
    static final long AHEAD_BYTES = 1 << 20;
    /** Bytes a run decided ahead may hold; the rest of its items are decided as they are written. */
    static final int RUN_BYTES = 256 * 1024;
    /** What a problem kept for its turn is counted as, per field error and one more. */
    private static final int PROBLEM_WEIGHT = 512;

    private static final byte[] OPEN = "{\"results\":[".getBytes(StandardCharsets.UTF_8);
    private static final byte[] CLOSE = "]}".getBytes(StandardCharsets.UTF_8);

    /** The items of the batch: how many, and each one's answer (called from any of the threads, in any order). */
    interface Items {
        int size();

        /** Whether the answer is still wanted: false once the client has gone. */
        boolean wanted();

        /** Item {@code index}'s answer, with no field errors capped yet. */
        Classifier.Answer decide(int index);
    }

    /** Where the threads beyond the batch's own come from. */
    interface Threads {
        /**
         * Runs {@code work} on another thread if one may be had now (false if not); {@code work} is given whether its
         * thread may go on (false as soon as it is wanted elsewhere), and must return promptly after that is false.
         */
        boolean start(Consumer<BooleanSupplier> work);

        /** No helper: every item decided by the batch's own thread. */
        Threads NONE = work -> false;
    }

    private final ClassificationWriter writer;
    private final Items items;
    private final int threads;
    private final Threads helpers;
    private final int maxErrors;
    private final int runs;
    /** Each run once its thread has finished with it (complete, or left for the batch's thread to finish). */
    private final AtomicReferenceArray<Run> handed;
    private final AtomicInteger taken = new AtomicInteger();
    private final AtomicInteger helping = new AtomicInteger();
    private final AtomicLong aheadBytes = new AtomicLong();
    private volatile int written;
    private volatile boolean over;
    private volatile Thread own;
    private final int runBytes;

    /**
     * @param threads   the threads the items may be decided on at most, the batch's own included
     * @param maxErrors the field errors the problems of the whole answer list at most
     */
    BatchAnswers(ClassificationWriter writer, Items items, int threads, Threads helpers, int maxErrors) {
        this(writer, items, threads, helpers, maxErrors, RUN_BYTES);
    }

    /** With the bytes a run decided ahead may hold given (a test makes it small). */
    BatchAnswers(ClassificationWriter writer, Items items, int threads, Threads helpers, int maxErrors, int runBytes) {
        this.runBytes = runBytes;
        if (threads < 1) {
            throw new IllegalArgumentException("a batch is decided on at least one thread: " + threads);
        }
        this.writer = writer;
        this.items = items;
        this.threads = threads;
        this.helpers = helpers;
        this.maxErrors = maxErrors;
        this.runs = (items.size() + RUN - 1) / RUN;
        this.handed = new AtomicReferenceArray<>(runs);
    }

    /** Writes the whole answer to {@code output} on the calling thread, with helpers as they may be had. */
    void write(OutputStream output) throws IOException {
        own = Thread.currentThread();
        Writing writing = new Writing(output);
        try {
            output.write(OPEN);
            recruit();
            for (int r = 0; r < runs; r++) {
                Run run = next(r);
                boolean whole = writing.write(run);
                aheadBytes.addAndGet(-run.counted);
                handed.set(r, null);
                if (whole && !run.complete) { // the rest of the run straight to the output
                    whole = writing.stream(run);
                }
                written = r + 1;
                if (!whole) {
                    break;
                }
                recruit();
            }
        } finally {
            over = true;
        }
        output.write(CLOSE);
    }

    /**
     * Run {@code r} as a thread handed it over (complete, or with the rest of its items to be decided as they are
     * written), or a run of its own when this thread takes it; deciding runs ahead while another thread has it.
     */
    private Run next(int r) throws IOException {
        while (true) {
            Run run = handed.get(r);
            if (run != null) {
                if (run.failure != null) {
                    throw rethrown(run.failure);
                }
                return run;
            }
            int mine = take();
            if (mine == r) {
                return new Run(r);
            }
            if (mine > r) {
                decide(new Run(mine), () -> true);
            } else {
                LockSupport.parkNanos(this, 1_000_000L); // a helper hands run r over and wakes this thread
            }
        }
    }

    /** The next run no thread has taken, within the bounds ahead of the output; -1 if none may be taken. */
    private int take() {
        while (true) {
            int next = taken.get();
            if (over || next >= runs || next > written + AHEAD
                    || (next > written && aheadBytes.get() > AHEAD_BYTES)) {
                return -1;
            }
            if (taken.compareAndSet(next, next + 1)) {
                return next;
            }
        }
    }

    /** Asks for helpers until {@code threads} are at work, none may be had, or every run is taken. */
    private void recruit() {
        while (helping.get() < threads - 1 && taken.get() < runs && !over) {
            helping.incrementAndGet();
            boolean started;
            try {
                started = helpers.start(this::help);
            } catch (RuntimeException e) {
                started = false;
            }
            if (!started) {
                helping.decrementAndGet();
                return;
            }
        }
    }

    /** A helper's work: runs, one after the other, while its thread may go on and runs may be taken. */
    private void help(BooleanSupplier lent) {
        BooleanSupplier mayGoOn = () -> !over && lent.getAsBoolean();
        try {
            while (mayGoOn.getAsBoolean()) {
                int mine = take();
                if (mine < 0) {
                    return;
                }
                decide(new Run(mine), mayGoOn);
            }
        } finally {
            helping.decrementAndGet();
            LockSupport.unpark(own);
        }
    }

    /**
     * Decides the items of a run ahead of the output, writing the classified ones into its bytes, and hands it over:
     * complete; cut short by the client's leaving; failed; or, with the rest of its items left to be decided as they
     * are written, when {@code mayGoOn} turns false or its bytes pass {@code runBytes} (unusually long answers).
     */
    private void decide(Run run, BooleanSupplier mayGoOn) {
        try {
            int end = Math.min(items.size(), (run.number + 1) * RUN);
            while (run.next < end && run.weight() <= runBytes) {
                if (!items.wanted()) {
                    run.cut = true;
                    break;
                }
                if (!mayGoOn.getAsBoolean()) {
                    break;
                }
                int index = run.next;
                Classifier.Answer answer = items.decide(index);
                JsonGenerator json = run.json(writer);
                if (answer instanceof Classifier.Refused refused) {
                    json.flush();
                    run.refused.add(new Placed(index, run.bytes.length, refused));
                    run.refusedWeight += PROBLEM_WEIGHT * (1 + refused.problem().errors().size());
                } else {
                    if (index > 0) {
                        json.writeRaw(',');
                    }
                    writer.writeItem(json, index, answer);
                }
                run.next = index + 1;
            }
            run.finish();
            run.complete = run.next == end && !run.cut;
            run.counted = run.weight();
            aheadBytes.addAndGet(run.counted);
        } catch (IOException | RuntimeException | Error e) {
            run.failure = e;
            over = true;
        }
        handed.set(run.number, run);
        if (Thread.currentThread() != own) {
            LockSupport.unpark(own);
        }
    }

    private static IOException rethrown(Throwable failure) {
        if (failure instanceof IOException e) {
            return e;
        }
        if (failure instanceof RuntimeException e) {
            throw e;
        }
        throw (Error) failure;
    }

    /** An item's problem, to be written at {@code at} in its run's bytes. */
    private record Placed(int index, int at, Classifier.Refused refused) {
    }

    /**
     * A run of items: the classified ones written as bytes (each item after the batch's first preceded by its comma),
     * the refused ones kept with their place in those bytes. Handed from thread to thread only through
     * {@link #handed}, so that each sees what the other wrote.
     */
    private static final class Run {
        final int number;
        int next;
        final Bytes bytes = new Bytes(RUN * 4096);
        final List<Placed> refused = new ArrayList<>(0);
        private JsonGenerator json;
        boolean complete;
        boolean cut;
        Throwable failure;
        long refusedWeight;
        /** What the run was counted as in {@link #aheadBytes} when handed over. */
        long counted;

        Run(int number) {
            this.number = number;
            this.next = number * RUN;
        }

        JsonGenerator json(ClassificationWriter writer) throws IOException {
            if (json == null) {
                json = writer.generator(bytes);
                json.setRootValueSeparator(null);
            }
            return json;
        }

        void finish() throws IOException {
            if (json != null) {
                json.close();
                json = null;
            }
        }

        /** The memory the run holds: its bytes, and its problems as counted. */
        long weight() {
            return bytes.length + refusedWeight;
        }
    }

    /** The batch's thread writing runs to the output, problems placed and capped in the order of the items. */
    private final class Writing {
        private final OutputStream output;
        private final Bytes scratch = new Bytes(1024);
        private int errorsListed;

        Writing(OutputStream output) {
            this.output = output;
        }

        /** Writes what is decided of the run; false if it was cut short (the answer ends after it). */
        boolean write(Run run) throws IOException {
            int from = 0;
            for (Placed placed : run.refused) {
                output.write(run.bytes.array(), from, placed.at() - from);
                from = placed.at();
                item(placed.index(), capped(placed.refused()));
            }
            output.write(run.bytes.array(), from, run.bytes.length - from);
            return !run.cut;
        }

        /**
         * Decides the rest of the run's items, writing each as it is decided, as one thread would; false if the
         * client left before its end.
         */
        boolean stream(Run run) throws IOException {
            int end = Math.min(items.size(), (run.number + 1) * RUN);
            for (int index = run.next; index < end; index++) {
                if (!items.wanted()) {
                    return false;
                }
                Classifier.Answer answer = items.decide(index);
                item(index, answer instanceof Classifier.Refused refused ? capped(refused) : answer);
            }
            return true;
        }

        /** One item, preceded by its comma after the batch's first. */
        private void item(int index, Classifier.Answer answer) throws IOException {
            scratch.reset();
            try (JsonGenerator json = writer.generator(scratch)) {
                json.setRootValueSeparator(null);
                if (index > 0) {
                    json.writeRaw(',');
                }
                writer.writeItem(json, index, answer);
            }
            output.write(scratch.array(), 0, scratch.length);
        }

        /**
         * The problem as the answer lists it: with its field errors while the batch's listed errors stay within the
         * limit, else without them ({@link Problem#errorsNotListed}).
         */
        private Classifier.Refused capped(Classifier.Refused refused) {
            int errors = refused.problem().errors().size();
            if (errorsListed + errors > maxErrors) {
                return new Classifier.Refused(Problem.errorsNotListed(refused.problem(), maxErrors));
            }
            errorsListed += errors;
            return refused;
        }
    }

    /** Bytes written by a generator, in one growing array. */
    static final class Bytes extends OutputStream {
        private byte[] array;
        private int length;

        Bytes(int capacity) {
            array = new byte[capacity];
        }

        @Override
        public void write(int b) {
            ensure(1);
            array[length++] = (byte) b;
        }

        @Override
        public void write(byte[] source, int offset, int count) {
            ensure(count);
            System.arraycopy(source, offset, array, length, count);
            length += count;
        }

        private void ensure(int count) {
            if (length + count > array.length) {
                array = java.util.Arrays.copyOf(array, Math.max(length + count, array.length * 2));
            }
        }

        byte[] array() {
            return array;
        }

        void reset() {
            length = 0;
        }
    }
}
