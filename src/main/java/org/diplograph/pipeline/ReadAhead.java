package org.diplograph.pipeline;

import java.util.ArrayDeque;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.diplograph.DiplographException;

/**
 * Work done ahead on a few threads, its results handled on the calling thread in the order it was
 * given: an ingest extracts the next articles while it writes the ones before, and still writes,
 * links and reports them in read order, so that its dataset and report are those of one thread.
 *
 * <p>Each piece of work returns what the calling thread then does with its result. With one worker
 * nothing is done ahead: the work and its result run at once, on the calling thread. With more, at
 * most {@code window} pieces wait or run ahead (so memory stays bounded); giving one more first
 * handles the oldest. An exception a piece of work lets out (an {@link Error}, say) is thrown again
 * on the calling thread when its turn comes; the work is expected to catch what is the input's fault.
 */
final class ReadAhead implements AutoCloseable {
    private static final AtomicInteger POOLS = new AtomicInteger();
    private final ExecutorService pool;
    private final int window;
    private final ArrayDeque<Future<Runnable>> ahead = new ArrayDeque<>();

    ReadAhead(int workers, int window) {
        this.window = window;
        if (workers <= 1) {
            this.pool = null;
            return;
        }
        int n = POOLS.incrementAndGet();
        AtomicInteger threads = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "ingest-" + n + "-worker-" + threads.incrementAndGet());
            t.setDaemon(true);   // a run stopped by a store failure leaves no thread behind
            return t;
        });
    }

    /** Does {@code work} (now, or ahead on a worker) and, in turn, what it returns. */
    void inOrder(Callable<Runnable> work) {
        if (pool == null) {
            handle(call(work));
            return;
        }
        ahead.add(pool.submit(work));
        while (ahead.size() > window || (!ahead.isEmpty() && ahead.peek().isDone())) next();
    }

    /** Handles every piece of work given so far. */
    void drain() {
        while (!ahead.isEmpty()) next();
    }

    private void next() {
        Future<Runnable> head = ahead.poll();
        try {
            handle(head.get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DiplographException("interrupted while waiting for an article to be extracted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) throw r;
            if (cause instanceof Error err) throw err;
            throw new DiplographException("preparing an article failed: " + cause, cause);
        }
    }

    private static Runnable call(Callable<Runnable> work) {
        try {
            return work.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new DiplographException("preparing an article failed: " + e, e);
        }
    }

    private static void handle(Runnable then) {
        if (then != null) then.run();
    }

    /** Drops what was not handled (after a failure) and stops the workers. */
    @Override
    public void close() {
        ahead.forEach(f -> f.cancel(true));
        ahead.clear();
        if (pool != null) pool.shutdownNow();
    }
}
