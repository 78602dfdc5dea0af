package dev.spgateway.amazon.control;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;

/**
 * The buckets of one instance, in memory: right for a single instance (H2), where a database round trip per
 * call would buy nothing. A bucket left unused for {@link #IDLE_EVICTION} is forgotten: by then it has refilled
 * completely (the slowest default plan refills in about a quarter of an hour), so a new one answers the same,
 * and sellers no longer called hold no memory.
 */
final class LocalBuckets implements Buckets {

    static final Duration IDLE_EVICTION = Duration.ofHours(1);
    static final int MAX_BUCKETS = 100_000;

    private final Cache<String, TokenBucket> buckets;

    LocalBuckets(Ticker ticker) {
        buckets = Caffeine.newBuilder().expireAfterAccess(IDLE_EVICTION).maximumSize(MAX_BUCKETS).ticker(ticker)
                .build();
    }

    @Override
    public Duration take(String sellerKey, SpApiOperation operation) {
        return bucket(sellerKey, operation).take(System.nanoTime());
    }

    @Override
    public void giveBack(String sellerKey, SpApiOperation operation) {
        bucket(sellerKey, operation).giveBack();
    }

    @Override
    public void adjustRate(String sellerKey, SpApiOperation operation, double rate) {
        bucket(sellerKey, operation).adjustRate(rate, System.nanoTime());
    }

    @Override
    public void throttled(String sellerKey, SpApiOperation operation) {
        bucket(sellerKey, operation).throttled(System.nanoTime());
    }

    @Override
    public void answered(String sellerKey, SpApiOperation operation) {
        bucket(sellerKey, operation).answered();
    }

    @Override
    public double rate(String sellerKey, SpApiOperation operation) {
        return bucket(sellerKey, operation).rate();
    }

    @Override
    public double available(String sellerKey, SpApiOperation operation) {
        return bucket(sellerKey, operation).available(System.nanoTime());
    }

    long bucketCount() {
        buckets.cleanUp();
        return buckets.estimatedSize();
    }

    private TokenBucket bucket(String sellerKey, SpApiOperation operation) {
        return buckets.get(sellerKey + "/" + operation.operationId(),
                key -> new TokenBucket(operation.defaultRate(), operation.defaultBurst(), System.nanoTime()));
    }
}
