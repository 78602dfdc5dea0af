package dev.spgateway.order.control;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Buyer and recipient data of recently synced orders, in this server's memory only and for
 * {@code spgateway.order.buyer-data-ttl}: PII never reaches the database, the logs or the console.
 */
@ApplicationScoped
public class BuyerDataCache {

    /** Enough for the busiest stores' recent orders; the oldest go first. */
    static final int MAX_ORDERS = 200_000;

    @Inject
    @ConfigProperty(name = "spgateway.order.buyer-data-ttl")
    Duration ttl;

    private Cache<String, BuyerData> cache;

    @PostConstruct
    void init() {
        cache = Caffeine.newBuilder().expireAfterWrite(ttl).maximumSize(MAX_ORDERS).build();
    }

    public void put(String storeId, String orderId, BuyerData data) {
        cache.put(key(storeId, orderId), data);
    }

    public Optional<BuyerData> get(String storeId, String orderId) {
        return Optional.ofNullable(cache.getIfPresent(key(storeId, orderId)));
    }

    private static String key(String storeId, String orderId) {
        return storeId + '\u0000' + orderId;
    }
}
