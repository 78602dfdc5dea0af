package dev.spgateway.e2e;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/** Waits for a condition the test can observe, looking again every 100 ms, and fails once the deadline is over. */
final class Eventually {

    private static final Duration POLL = Duration.ofMillis(100);

    private Eventually() {
    }

    static void await(Duration within, String what, BooleanSupplier condition) throws InterruptedException {
        await(within, () -> what, condition);
    }

    /** {@code what} is asked only on failure, so that it can describe the last thing seen. */
    static void await(Duration within, Supplier<String> what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() - deadline > 0) {
                throw new AssertionError("not within " + within.toSeconds() + " s: " + what.get());
            }
            Thread.sleep(POLL.toMillis());
        }
    }
}
