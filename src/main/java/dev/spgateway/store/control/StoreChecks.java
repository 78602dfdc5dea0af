package dev.spgateway.store.control;

import dev.spgateway.api.control.ApiException;
import dev.spgateway.store.entity.StoreConnection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Checks a stored store's credentials live again and records the outcome on it, for cart.validate and for
 * the operators' console alike. The outcome is status: written without the version check of credential
 * changes, so concurrent checks never conflict.
 */
@ApplicationScoped
public class StoreChecks {

    @PersistenceContext
    EntityManager em;

    @Inject
    StoreVerifier verifier;

    @Inject
    Event<StoreChanged> storeChanged;

    Clock clock = Clock.systemUTC();

    public Outcome check(StoreConnection store) {
        Instant now = clock.instant();
        try {
            List<String> marketplaces = verifier.verify(store.credentials());
            em.createNamedQuery(StoreConnection.RECORD_VERIFIED)
                    .setParameter("marketplaceIds", StoreConnection.marketplaceColumn(marketplaces))
                    .setParameter("now", now)
                    .setParameter("id", store.id())
                    .executeUpdate();
            storeChanged.fire(new StoreChanged(store.storeKey()));
            return new Outcome(true, marketplaces, null);
        } catch (ApiException e) {
            em.createNamedQuery(StoreConnection.RECORD_FAILED)
                    .setParameter("error", StoreConnection.errorColumn(e.getMessage()))
                    .setParameter("now", now)
                    .setParameter("id", store.id())
                    .executeUpdate();
            return new Outcome(false, List.of(), e.getMessage());
        }
    }

    /** Whether the credentials work, the marketplaces Amazon reported, or Amazon's reason. */
    public record Outcome(boolean valid, List<String> marketplaces, String message) {
    }
}
