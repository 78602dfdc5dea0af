package dev.spgateway.platform.control;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Function;

/**
 * Values that carry their own end of life (an access token, temporary credentials), each kept until then and
 * no longer, and at most {@link #MAX_ENTRIES} of them: memory follows the credentials in use, not every set
 * ever seen.
 */
public final class ExpiringCache<V> {

    public static final int MAX_ENTRIES = 10_000;

    private final Cache<String, V> values;

    public ExpiringCache(Function<V, Instant> endOfLife, Clock clock, Ticker ticker) {
        values = Caffeine.newBuilder()
                .maximumSize(MAX_ENTRIES)
                .ticker(ticker)
                .expireAfter(Expiry.<String, V>writing((key, value) -> left(endOfLife.apply(value), clock)))
                .build();
    }

    /** The value while it lives, else null. */
    public V get(String key) {
        return values.getIfPresent(key);
    }

    public void put(String key, V value) {
        values.put(key, value);
    }

    /** Forgets the value only if it is still this one, so a newer value another caller put stays. */
    public void remove(String key, V value) {
        values.asMap().remove(key, value);
    }

    public long size() {
        values.cleanUp();
        return values.estimatedSize();
    }

    private static Duration left(Instant end, Clock clock) {
        Duration left = Duration.between(clock.instant(), end);
        return left.isNegative() ? Duration.ZERO : left;
    }
}
