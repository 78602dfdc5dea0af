package dev.spgateway.amazon.control;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A token bucket per (seller credentials, operation), seeded with Amazon's default usage plan. A call waits
 * for its token up to {@code spgateway.spapi.max-throttle-wait}; beyond that it is refused here, without
 * spending a request that Amazon would throttle. A bucket left unused for {@link #IDLE_EVICTION} is forgotten:
 * by then it has refilled completely (the slowest default plan refills in about a quarter of an hour), so a
 * new one answers the same, and sellers no longer called hold no memory.
 */
@ApplicationScoped
public class UsagePlans {

    @Inject
    @ConfigProperty(name = "spgateway.spapi.max-throttle-wait")
    Duration maxWait;

    static final Duration IDLE_EVICTION = Duration.ofHours(1);
    static final int MAX_BUCKETS = 100_000;

    private final Cache<String, TokenBucket> buckets;

    public UsagePlans() {
        this(Ticker.systemTicker());
    }

    UsagePlans(Ticker ticker) {
        buckets = Caffeine.newBuilder().expireAfterAccess(IDLE_EVICTION).maximumSize(MAX_BUCKETS).ticker(ticker)
                .build();
    }

    /** Waits for a token; false when none comes within the allowed wait. */
    public boolean acquire(String sellerKey, SpApiOperation operation) throws InterruptedException {
        TokenBucket bucket = bucket(sellerKey, operation);
        Duration wait = bucket.take(System.nanoTime());
        if (wait.isZero()) {
            return true;
        }
        if (wait.compareTo(maxWait) > 0) {
            bucket.giveBack();
            return false;
        }
        Thread.sleep(wait.toMillis(), wait.toNanosPart() % 1_000_000);
        return true;
    }

    /** Applies the rate Amazon reported in {@code x-amzn-RateLimit-Limit}. */
    public void observe(String sellerKey, SpApiOperation operation, String rateLimitHeader) {
        if (rateLimitHeader == null || rateLimitHeader.isBlank()) {
            return;
        }
        try {
            bucket(sellerKey, operation).adjustRate(Double.parseDouble(rateLimitHeader.trim()), System.nanoTime());
        } catch (NumberFormatException ignored) {
            // a header we cannot read leaves the model's default in place
        }
    }

    /** Amazon answered 429 although the model allowed the request: back off exponentially. */
    public void throttled(String sellerKey, SpApiOperation operation) {
        bucket(sellerKey, operation).throttled(System.nanoTime());
    }

    /** Amazon answered without throttling: the next 429 starts the backoff afresh. */
    public void answered(String sellerKey, SpApiOperation operation) {
        bucket(sellerKey, operation).answered();
    }

    /** Tokens in the bucket now; background work takes only what is there, keeping some for readers. */
    public double available(String sellerKey, SpApiOperation operation) {
        return bucket(sellerKey, operation).available(System.nanoTime());
    }

    double rate(String sellerKey, SpApiOperation operation) {
        return bucket(sellerKey, operation).rate();
    }

    private TokenBucket bucket(String sellerKey, SpApiOperation operation) {
        return buckets.get(sellerKey + "/" + operation.operationId(),
                key -> new TokenBucket(operation.defaultRate(), operation.defaultBurst(), System.nanoTime()));
    }

    long bucketCount() {
        buckets.cleanUp();
        return buckets.estimatedSize();
    }
}
