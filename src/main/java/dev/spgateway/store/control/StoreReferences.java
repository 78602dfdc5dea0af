package dev.spgateway.store.control;

import com.github.benmanes.caffeine.cache.Ticker;
import dev.spgateway.api.control.ApiException;
import dev.spgateway.api.control.Caller;
import dev.spgateway.api.control.ReturnCode;
import dev.spgateway.platform.boundary.ClusterChanges;
import dev.spgateway.platform.control.ClusterChange;
import dev.spgateway.platform.control.ShortLivedCache;
import jakarta.ejb.EJB;
import dev.spgateway.store.entity.StoreConnection;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Finds the caller's store by its key for the product calls, which are answered from memory and would
 * otherwise spend most of their time on this lookup. A found store is remembered for
 * {@code spgateway.api.lookup-cache-ttl}; a change committed here forgets it at once, one on another instance
 * as soon as it arrives ({@link ClusterChanges}), the entry's expiry being the fallback.
 */
@ApplicationScoped
public class StoreReferences {

    static final int MAX_STORES = 10_000;

    static final String TOPIC = "store-changed";

    @PersistenceContext
    EntityManager em;

    @EJB
    ClusterChanges changes;

    @Inject
    @ConfigProperty(name = "spgateway.api.lookup-cache-ttl")
    Duration ttl;

    private Function<String, Optional<StoreReference>> byStoreKey;
    private ShortLivedCache<String, StoreReference> references;

    public StoreReferences() {
    }

    StoreReferences(Function<String, Optional<StoreReference>> byStoreKey, Duration ttl, Ticker ticker) {
        this.byStoreKey = byStoreKey;
        this.references = new ShortLivedCache<>(ttl, MAX_STORES, ticker);
    }

    @PostConstruct
    void init() {
        byStoreKey = this::query;
        references = new ShortLivedCache<>(ttl, MAX_STORES, Ticker.systemTicker());
    }

    /** The caller's store, or 101: another account's store looks exactly like one that does not exist. */
    public StoreReference find(Caller caller, String storeKey) {
        return references.get(storeKey, byStoreKey)
                .filter(found -> found.belongsTo(caller.accountId()))
                .orElseThrow(() -> new ApiException(ReturnCode.STORE_NOT_FOUND, "Store not found"));
    }

    void forget(@Observes(during = TransactionPhase.AFTER_SUCCESS) StoreChanged changed) {
        references.forget(changed.storeKey());
    }

    /** In the changing transaction: the other instances forget the store once it commits. */
    void announce(@Observes StoreChanged changed) {
        changes.publish(new ClusterChange(TOPIC, changed.storeKey()));
    }

    void forget(@Observes ClusterChange change) {
        if (change.is(TOPIC)) {
            references.forget(change.key());
        }
    }

    private Optional<StoreReference> query(String storeKey) {
        return em.createNamedQuery(StoreConnection.FIND_REFERENCE_BY_STORE_KEY, Object[].class)
                .setParameter("storeKey", storeKey)
                .getResultStream()
                .findFirst()
                .map(row -> new StoreReference((String) row[0], (String) row[1], Arrays.stream(((String) row[2])
                        .split(",")).filter(id -> !id.isBlank()).toList()));
    }
}
