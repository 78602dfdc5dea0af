package dev.spgateway.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SingleFlightTest {

    @Test
    void concurrentCallersShareOneRun() throws Exception {
        SingleFlight<String> flight = new SingleFlight<>();
        AtomicInteger runs = new AtomicInteger();
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(20);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                results.add(pool.submit(() -> flight.run("store-1", () -> {
                    runs.incrementAndGet();
                    await(release);
                    return "token";
                })));
            }
            Thread.sleep(200);
            release.countDown();
            for (Future<String> result : results) {
                assertEquals("token", result.get(5, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, runs.get());
    }

    @Test
    void aFailureReachesTheCallerAndTheNextCallRunsAgain() {
        SingleFlight<String> flight = new SingleFlight<>();

        assertThrows(IllegalStateException.class, () -> flight.run("k", () -> {
            throw new IllegalStateException("boom");
        }));
        assertEquals("ok", flight.run("k", () -> "ok"));
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
