package dev.spgateway.sandbox.time;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock tests move by hand, so expiry and report durations are checked without sleeping. A ticking one
 * also follows real time, for the standalone program.
 */
public final class MutableClock extends UtcClock {

    private final Instant start;
    private final long startNanos;
    private final boolean ticking;
    private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

    private MutableClock(Instant start, boolean ticking) {
        this.start = start;
        this.startNanos = System.nanoTime();
        this.ticking = ticking;
    }

    /** Stands still at the given instant until moved. */
    public MutableClock(Instant start) {
        this(start, false);
    }

    /** Stands still at the current system time, so signatures made with real time are not stale. */
    public static MutableClock atSystemTime() {
        return new MutableClock(Instant.now(), false);
    }

    /** Runs with real time; {@link #advance} jumps ahead of it. */
    public static MutableClock ticking() {
        return new MutableClock(Instant.now(), true);
    }

    /**
     * This clock with real time running on top: what Amazon's usage plans refill by. A clock standing still
     * would let a bucket refill only when a test moves it, however long the test runs.
     */
    public Clock withRealTimeElapsing() {
        if (ticking) {
            return this;
        }
        long viewStart = System.nanoTime();
        MutableClock self = this;
        return new UtcClock() {
            @Override
            public Instant instant() {
                return self.instant().plusNanos(System.nanoTime() - viewStart);
            }
        };
    }

    public void advance(Duration duration) {
        offset.updateAndGet(d -> d.plus(duration));
    }

    public void set(Instant instant) {
        offset.set(Duration.between(base(), instant));
    }

    private Instant base() {
        return ticking ? start.plusNanos(System.nanoTime() - startNanos) : start;
    }

    @Override
    public Instant instant() {
        return base().plus(offset.get());
    }
}
