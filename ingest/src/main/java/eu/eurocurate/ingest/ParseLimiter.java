package eu.eurocurate.ingest;

import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs a parse with a wall-clock limit ({@code ingest.max_parse_millis}). One per {@link Ingestor}, shared by all the
 * threads of an executor JVM.
 *
 * <p>Java cannot kill a thread, so an abandoned parse is <em>interrupted</em>: the HTML renderer and the Tika content
 * handler check the interrupt flag and unwind ({@link ParseInterruptedException}), which frees the worker promptly.
 * Workers are daemon threads that die after {@link #IDLE_SECONDS} idle, and {@link #close()} stops them all, so no
 * thread outlives its use. The pool grows with the number of concurrent callers (Spark's task slots), not with the
 * number of records.
 */
final class ParseLimiter implements AutoCloseable {

    /** How long an idle worker waits for the next parse before ending; long enough to be reused across records. */
    static final long IDLE_SECONDS = 30;

    private final long limitMillis;
    private final ThreadPoolExecutor pool;

    ParseLimiter(long limitMillis) {
        this.limitMillis = limitMillis;
        AtomicInteger n = new AtomicInteger();
        ThreadFactory factory = r -> {
            Thread t = new Thread(r, "eurocurate-ingest-parse-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
        this.pool = new ThreadPoolExecutor(0, Integer.MAX_VALUE, IDLE_SECONDS, TimeUnit.SECONDS,
                new SynchronousQueue<>(), factory);
    }

    long limitMillis() {
        return limitMillis;
    }

    /**
     * Runs {@code task} and returns its result, or throws {@link TimeoutException} once the limit has passed (the task
     * is then interrupted and abandoned). An exception thrown by the task is rethrown as is.
     */
    <T> T call(Callable<T> task) throws Exception {
        Future<T> future = pool.submit(task);
        try {
            return future.get(limitMillis, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw e;
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof Exception ex) {
                throw ex;
            }
            if (cause instanceof Error err) {
                throw err; // StackOverflowError on absurdly deep markup is handled by the caller
            }
            throw e;
        } catch (InterruptedException e) {
            // The caller itself is being stopped (Spark kills a task by interrupting it): stop the parse too.
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted while waiting for a parse");
        }
    }

    /** Number of worker threads alive now (for tests and monitoring). */
    int liveThreads() {
        return pool.getPoolSize();
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
