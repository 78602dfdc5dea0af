package dev.spgateway.amazon.control;

import com.github.benmanes.caffeine.cache.Ticker;
import dev.spgateway.platform.boundary.ApplicationDatabase;
import dev.spgateway.platform.control.ClusterMembership;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A token bucket per (seller credentials, operation), seeded with Amazon's default usage plan. A call waits
 * for its token up to {@code spgateway.spapi.max-throttle-wait}; beyond that it is refused here, without
 * spending a request that Amazon would throttle. Amazon's plans are per application and seller whichever
 * process calls, so instances that share a PostgreSQL database share the buckets ({@link SharedBuckets});
 * a single instance keeps them in memory ({@link LocalBuckets}).
 */
@ApplicationScoped
public class UsagePlans {

    private static final Logger LOG = Logger.getLogger(UsagePlans.class.getName());

    @Inject
    @ConfigProperty(name = "spgateway.spapi.max-throttle-wait")
    Duration maxWait;

    @Inject
    ClusterMembership membership;

    @Resource(lookup = ApplicationDatabase.DATASOURCE)
    DataSource dataSource;

    @Resource
    TransactionSynchronizationRegistry transactions;

    static final Duration IDLE_EVICTION = LocalBuckets.IDLE_EVICTION;

    private Buckets buckets;

    public UsagePlans() {
        this(Ticker.systemTicker());
    }

    UsagePlans(Ticker ticker) {
        buckets = new LocalBuckets(ticker);
    }

    @PostConstruct
    void choose() {
        if (membership.shared() && membership.postgresql()) {
            buckets = new SharedBuckets(dataSource,
                    () -> transactions.getTransactionStatus() != Status.STATUS_NO_TRANSACTION);
            LOG.info("Usage plans are shared by the instances on this database (table usage_bucket)");
        }
    }

    /** Waits for a token; false when none comes within the allowed wait. */
    public boolean acquire(String sellerKey, SpApiOperation operation) throws InterruptedException {
        Duration wait = buckets.take(sellerKey, operation);
        if (wait.isZero()) {
            return true;
        }
        if (wait.compareTo(maxWait) > 0) {
            buckets.giveBack(sellerKey, operation);
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
            double rate = Double.parseDouble(rateLimitHeader.trim());
            if (rate > 0) {
                buckets.adjustRate(sellerKey, operation, rate);
            }
        } catch (NumberFormatException ignored) {
            // a header we cannot read leaves the model's default in place
        }
    }

    /** Amazon answered 429 although the model allowed the request: back off exponentially. */
    public void throttled(String sellerKey, SpApiOperation operation) {
        buckets.throttled(sellerKey, operation);
    }

    /** Amazon answered without throttling: the next 429 starts the backoff afresh. */
    public void answered(String sellerKey, SpApiOperation operation) {
        buckets.answered(sellerKey, operation);
    }

    /** Tokens in the bucket now; background work takes only what is there, keeping some for readers. */
    public double available(String sellerKey, SpApiOperation operation) {
        return buckets.available(sellerKey, operation);
    }

    double rate(String sellerKey, SpApiOperation operation) {
        return buckets.rate(sellerKey, operation);
    }

    long bucketCount() {
        return buckets instanceof LocalBuckets local ? local.bucketCount() : -1;
    }
}
