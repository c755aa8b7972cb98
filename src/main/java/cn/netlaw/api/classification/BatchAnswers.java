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
 * each take the next run not yet taken, decide its items in order and write the classified ones into the run's own
 * bytes; the batch's thread writes the runs to the output in order, as soon as each is complete, deciding runs itself
 * while the next one to write is not. An item's problem is written by the batch's thread when its run is written,
 * because whether it lists its field errors depends on the errors listed before it in the batch
 * ({@code liability.limits.max-batch-errors}). What is decided ahead of the output is bounded: no run is taken more
 * than {@value #AHEAD} runs after the one to be written next, nor while the complete runs not yet written hold more
 * than {@value #AHEAD_BYTES} bytes, so a batch's memory does not grow with its answer, nor a slow reader's with it.
 *
 * <p>A helper (from {@link Threads}) stops when no run may be taken, and before any item when its thread is wanted
 * elsewhere; a run it leaves unfinished is finished by the batch's thread. Before each item every thread asks whether
 * the answer is still wanted (the client still there): when not, the items after it are not decided and the answer
 * ends there. A failure (an error of the service) ends the answer where it struck, as it would one thread.
 */
final class BatchAnswers {

    /** Items per run. */
    static final int RUN = 8;
    /** Runs that may be taken after the one to be written next. */
    static final int AHEAD = 8;
    /** Bytes that complete runs not yet written may hold before no further run is taken. */
    static final long AHEAD_BYTES = 1 << 20;

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

    /**
     * @param threads   the threads the items may be decided on at most, the batch's own included
     * @param maxErrors the field errors the problems of the whole answer list at most
     */
    BatchAnswers(ClassificationWriter writer, Items items, int threads, Threads helpers, int maxErrors) {
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
                aheadBytes.addAndGet(-run.bytes.length);
                handed.set(r, null);
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

    /** Run {@code r} complete (or cut short by the client's leaving), deciding runs while it is not. */
    private Run next(int r) throws IOException {
        while (true) {
            Run run = handed.get(r);
            if (run != null && (run.complete || run.cut || run.failure != null)) {
                if (run.failure != null) {
                    throw rethrown(run.failure);
                }
                return run;
            }
            if (run != null) { // left unfinished by a helper: finish it here
                decide(run, () -> true);
                continue;
            }
            int mine = take();
            if (mine >= 0) {
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
     * Decides the items of the run from where it stands, writing the classified ones into its bytes, and hands it
     * over: complete, cut short by the client's leaving, failed, or (when {@code mayGoOn} turns false) unfinished.
     */
    private void decide(Run run, BooleanSupplier mayGoOn) {
        try {
            int end = Math.min(items.size(), (run.number + 1) * RUN);
            while (run.next < end) {
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
                } else {
                    if (index > 0) {
                        json.writeRaw(',');
                    }
                    writer.writeItem(json, index, answer);
                }
                run.next = index + 1;
            }
            if (run.next == end || run.cut) {
                run.finish();
                run.complete = !run.cut;
                aheadBytes.addAndGet(run.bytes.length);
            }
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
            }
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

        /** Writes the run; false if it was cut short (the answer ends after it). */
        boolean write(Run run) throws IOException {
            int from = 0;
            for (Placed placed : run.refused) {
                output.write(run.bytes.array(), from, placed.at() - from);
                from = placed.at();
                scratch.reset();
                try (JsonGenerator json = writer.generator(scratch)) {
                    json.setRootValueSeparator(null);
                    if (placed.index() > 0) {
                        json.writeRaw(',');
                    }
                    writer.writeItem(json, placed.index(), capped(placed.refused()));
                }
                output.write(scratch.array(), 0, scratch.length);
            }
            output.write(run.bytes.array(), from, run.bytes.length - from);
            return !run.cut;
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
