package dev.spgateway.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
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
            // the first caller runs the work; it ends only once the other 19 have joined it
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (flight.joined("store-1") < 19 && System.nanoTime() < deadline) {
                Thread.onSpinWait();
            }
            assertEquals(19, flight.joined("store-1"));
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

    @Test
    void aCallerThatJoinedGivesUpAfterItsWaitWhileTheWorkGoesOnForItsStarter() throws Exception {
        SingleFlight<String> flight = new SingleFlight<>();
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<String> starter = CompletableFuture.supplyAsync(() -> flight.run("k", () -> {
            running.countDown();
            await(release);
            return "done";
        }));
        await(running);

        SingleFlight.FlightTimeout timeout = assertThrows(SingleFlight.FlightTimeout.class,
                () -> flight.run("k", () -> "not run: joined", Duration.ofMillis(5)));

        assertEquals(Duration.ofMillis(5), timeout.waited());
        release.countDown();
        assertEquals("done", starter.get(5, TimeUnit.SECONDS));
    }

    @Test
    void whenTheWorkFailsEveryCallerThatJoinedGetsTheFailure() throws Exception {
        SingleFlight<String> flight = new SingleFlight<>();
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch fail = new CountDownLatch(1);
        IllegalStateException stalled = new IllegalStateException("the download stalled");
        CompletableFuture<String> starter = CompletableFuture.supplyAsync(() -> flight.run("k", () -> {
            running.countDown();
            await(fail);
            throw stalled;
        }));
        await(running);
        ExecutorService pool = Executors.newFixedThreadPool(5);
        try {
            List<Future<String>> joined = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                joined.add(pool.submit(() -> flight.run("k", () -> "not run: joined", Duration.ofMinutes(1))));
            }
            awaitJoined(flight, "k", 5);
            fail.countDown();

            for (Future<String> caller : joined) {
                ExecutionException thrown = assertThrows(ExecutionException.class, () -> caller.get(5, TimeUnit.SECONDS));
                assertSame(stalled, thrown.getCause());
            }
            ExecutionException own = assertThrows(ExecutionException.class, () -> starter.get(5, TimeUnit.SECONDS));
            assertSame(stalled, own.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static void awaitJoined(SingleFlight<String> flight, String key, int callers) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (flight.joined(key) < callers && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertEquals(callers, flight.joined(key));
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
