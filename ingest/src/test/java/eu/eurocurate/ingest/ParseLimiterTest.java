package eu.eurocurate.ingest;

import org.junit.jupiter.api.Test;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ParseLimiterTest {

    @Test
    void returnsTheResultOfAQuickTask() throws Exception {
        try (ParseLimiter limiter = new ParseLimiter(60_000)) {
            assertEquals("done", limiter.call(() -> "done"));
        }
    }

    @Test
    void rethrowsTheTasksOwnException() {
        try (ParseLimiter limiter = new ParseLimiter(60_000)) {
            assertThrows(IllegalStateException.class, () -> limiter.call(() -> {
                throw new IllegalStateException("bad input");
            }));
        }
    }

    @Test
    void timesOutAndInterruptsTheAbandonedTask() throws Exception {
        CountDownLatch never = new CountDownLatch(1);
        CountDownLatch interrupted = new CountDownLatch(1);
        try (ParseLimiter limiter = new ParseLimiter(50)) {
            assertThrows(TimeoutException.class, () -> limiter.call(() -> {
                try {
                    never.await(); // blocks until interrupted: deterministic, whatever the machine's speed
                } catch (InterruptedException e) {
                    interrupted.countDown();
                }
                return null;
            }));
            assertTrue(interrupted.await(30, TimeUnit.SECONDS), "the abandoned parse was interrupted");
        }
    }

    @Test
    void closeStopsTheWorkers() throws Exception {
        ParseLimiter limiter = new ParseLimiter(60_000);
        limiter.call(() -> 1);
        limiter.close();
        assertThrows(java.util.concurrent.RejectedExecutionException.class, () -> limiter.call(() -> 2));
    }
}
