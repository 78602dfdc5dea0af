package dev.spgateway.amazon.control;

import com.github.benmanes.caffeine.cache.Ticker;
import dev.spgateway.sandbox.time.MutableClock;
import java.time.Duration;
import java.time.Instant;

/** A clock the test moves, and a cache ticker that moves with it. */
final class TestTime {

    static final Instant T0 = Instant.parse("2027-03-01T10:00:00Z");

    final MutableClock clock = new MutableClock(T0);
    final Ticker ticker = () -> Duration.between(T0, clock.instant()).toNanos();

    void advance(Duration duration) {
        clock.advance(duration);
    }
}
