package dev.spgateway.amazon.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A token bucket per (seller credentials, operation), seeded with Amazon's default usage plan. A call waits
 * for its token up to {@code spgateway.spapi.max-throttle-wait}; beyond that it is refused here, without
 * spending a request that Amazon would throttle.
 */
@ApplicationScoped
public class UsagePlans {

    @Inject
    @ConfigProperty(name = "spgateway.spapi.max-throttle-wait")
    Duration maxWait;

    private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();

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

    double rate(String sellerKey, SpApiOperation operation) {
        return bucket(sellerKey, operation).rate();
    }

    private TokenBucket bucket(String sellerKey, SpApiOperation operation) {
        return buckets.computeIfAbsent(sellerKey + "/" + operation.operationId(),
                key -> new TokenBucket(operation.defaultRate(), operation.defaultBurst(), System.nanoTime()));
    }
}
