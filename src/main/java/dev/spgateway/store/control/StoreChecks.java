package dev.spgateway.store.control;

import dev.spgateway.api.control.ApiException;
import dev.spgateway.store.entity.StoreConnection;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Checks a stored store's credentials live again and records the outcome on it, for cart.validate and for
 * the operators' console alike. Called outside any transaction: the outcome is written afterwards in a
 * short one, as status without the version check of credential changes, so concurrent checks never
 * conflict.
 */
@ApplicationScoped
public class StoreChecks {

    @Inject
    StoreVerifier verifier;

    @EJB
    StoreWrites writes;

    Clock clock = Clock.systemUTC();

    public Outcome check(StoreConnection store) {
        Instant now = clock.instant();
        List<String> marketplaces;
        try {
            marketplaces = verifier.verify(store.credentials());
        } catch (ApiException e) {
            writes.recordFailed(store, e.getMessage(), now);
            return new Outcome(false, List.of(), e.getMessage());
        }
        writes.recordVerified(store, marketplaces, now);
        return new Outcome(true, marketplaces, null);
    }

    /** Whether the credentials work, the marketplaces Amazon reported, or Amazon's reason. */
    public record Outcome(boolean valid, List<String> marketplaces, String message) {
    }
}
