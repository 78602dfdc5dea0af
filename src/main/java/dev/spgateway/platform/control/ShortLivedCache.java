package dev.spgateway.platform.control;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;

/**
 * Answers found by a lookup, kept for a while. Only answers that were found are kept, so unknown keys cannot
 * fill memory and something created since is found at once; a lookup that throws keeps nothing either.
 */
public final class ShortLivedCache<K, V> {

    private final Cache<K, V> found;

    public ShortLivedCache(Duration timeToLive, int maxEntries, Ticker ticker) {
        found = Caffeine.newBuilder().expireAfterWrite(timeToLive).maximumSize(maxEntries).ticker(ticker).build();
    }

    public Optional<V> get(K key, Function<? super K, Optional<V>> lookup) {
        return Optional.ofNullable(found.get(key, missing -> lookup.apply(missing).orElse(null)));
    }

    public void forget(K key) {
        found.invalidate(key);
    }

    public void forgetAll() {
        found.invalidateAll();
    }
}
