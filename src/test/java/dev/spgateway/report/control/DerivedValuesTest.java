package dev.spgateway.report.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;

import dev.spgateway.platform.control.SingleFlight.FlightTimeout;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class DerivedValuesTest {

    private static final Duration LONG = Duration.ofSeconds(10);

    private final DerivedValues values = new DerivedValues();

    @Test
    void computesOnceAndKeepsTheValue() {
        AtomicInteger computations = new AtomicInteger();
        assertEquals("order", values.get("by-name", LONG, () -> {
            computations.incrementAndGet();
            return "order";
        }));
        assertEquals("order", values.get("by-name", LONG, () -> fail("computed twice")));
        assertEquals(1, computations.get());
    }

    @Test
    void aRequestWaitingForAnothersComputationGivesUpAtItsDeadlineAndTheValueStillArrives() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<String> first = CompletableFuture.supplyAsync(() -> values.get("by-price", LONG, () -> {
            started.countDown();
            await(release);
            return "sorted";
        }));
        assertEquals(true, started.await(10, TimeUnit.SECONDS));

        FlightTimeout timeout = assertThrows(FlightTimeout.class,
                () -> values.get("by-price", Duration.ofMillis(50), () -> fail("computed twice")));
        assertEquals(Duration.ofMillis(50), timeout.waited());

        release.countDown();
        assertEquals("sorted", first.get(10, TimeUnit.SECONDS));
        assertEquals("sorted", values.get("by-price", LONG, () -> fail("computed twice")));
    }

    @Test
    void aFailedComputationIsForgottenAndTriedAgain() {
        assertThrows(ReportTooLarge.class, () -> values.get("by-title", LONG, () -> {
            throw new ReportTooLarge("needs 2 GiB");
        }));
        assertEquals("second try", values.get("by-title", LONG, () -> "second try"));
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
