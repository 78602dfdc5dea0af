package dev.spgateway.store.control;

import dev.spgateway.account.control.ApiKeyHasher;
import dev.spgateway.api.control.ApiException;
import dev.spgateway.api.control.ReturnCode;
import dev.spgateway.store.entity.StoreConnection;
import dev.spgateway.store.entity.Verification;
import jakarta.ejb.ApplicationException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Instant;
import java.util.List;

/**
 * The writes of the store boundary, each in a short transaction of its own: the boundary talks to Amazon
 * outside any transaction and comes here with the outcome, so a slow Amazon never holds a database
 * connection. Each write is flushed inside, so that a refusal by the database surfaces here as
 * {@link WriteRefused} (rolled back) rather than at a commit the boundary cannot tell apart.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class StoreWrites {

    @PersistenceContext
    EntityManager em;

    @Inject
    SecretLifetimes lifetimes;

    @Inject
    IdempotentReplays replays;

    @Inject
    Event<StoreChanged> storeChanged;

    /** Stores a checked new store and answers its store key. */
    public String create(NewStore draft) {
        Instant expiresAt = lifetimes.expiryOfNewSecret(draft.accountId(), draft.credentials().clientId(),
                draft.credentials().clientSecret(), draft.givenExpiry(), draft.now());
        StoreConnection store = new StoreConnection(draft.accountId(), ApiKeyHasher.newKey(), draft.credentials(),
                draft.marketplaces(), draft.label().orElse(null), draft.now(), expiresAt);
        flushAfter(() -> {
            em.persist(store);
            lifetimes.secretChanged(store, draft.credentials().clientSecret(), draft.now());
        });
        return store.storeKey();
    }

    /**
     * Applies a change checked against the store as it was read; if another change came first, the check
     * no longer describes the store and the call is refused, to be sent again.
     */
    public void update(ConfigChange change) {
        StoreConnection store = em.find(StoreConnection.class, change.storeId());
        if (store == null) {
            throw new ApiException(ReturnCode.STORE_NOT_FOUND, "Store not found");
        }
        if (store.version() != change.basedOnVersion()) {
            throw new ApiException(ReturnCode.SERVICE_UNAVAILABLE, "The store was changed by another call while"
                    + " this one was being checked with Amazon; send it again");
        }
        if (change.credentialsChanged()) {
            replaceCredentials(store, change);
        } else {
            change.givenExpiry().ifPresent(date -> lifetimes.expiryGiven(store, date));
        }
        change.label().ifPresent(label -> store.relabel(label.isEmpty() ? null : label, change.now()));
        storeChanged.fire(new StoreChanged(store.storeKey()));
        flushAfter(() -> change.answer().ifPresent(answer -> replays.remember(answer, change.now())));
    }

    private void replaceCredentials(StoreConnection store, ConfigChange change) {
        boolean newSecret = !store.hasSecret(change.credentials().clientSecret());
        Instant expiresAt = newSecret
                ? lifetimes.expiryOfNewSecret(store.accountId(), change.credentials().clientId(),
                        change.credentials().clientSecret(), change.givenExpiry(), change.now())
                : change.givenExpiry().orElse(store.secretLifetime().expiresAt());
        store.replaceCredentials(change.credentials(), change.now(), expiresAt);
        change.verifiedMarketplaces().ifPresent(marketplaces -> store.verified(marketplaces, change.now()));
        if (newSecret) {
            lifetimes.secretChanged(store, change.credentials().clientSecret(), change.now());
        } else {
            change.givenExpiry().ifPresent(date -> lifetimes.expiryGiven(store, date));
        }
    }

    /** A live check passed: the marketplaces Amazon reported. Status, so no version check. */
    public void recordVerified(StoreConnection store, List<String> marketplaces, Instant now) {
        em.createNamedQuery(StoreConnection.RECORD_VERIFIED)
                .setParameter("marketplaceIds", Verification.marketplaceColumn(marketplaces))
                .setParameter("now", now)
                .setParameter("id", store.id())
                .executeUpdate();
        storeChanged.fire(new StoreChanged(store.storeKey()));
    }

    /** A live check failed: Amazon's reason. */
    public void recordFailed(StoreConnection store, String error, Instant now) {
        em.createNamedQuery(StoreConnection.RECORD_FAILED)
                .setParameter("error", Verification.errorColumn(error))
                .setParameter("now", now)
                .setParameter("id", store.id())
                .executeUpdate();
    }

    public void delete(String storeId) {
        StoreConnection store = em.find(StoreConnection.class, storeId);
        if (store != null) {
            em.remove(store);
            storeChanged.fire(new StoreChanged(store.storeKey()));
        }
    }

    private void flushAfter(Runnable lastWrites) {
        try {
            lastWrites.run();
            em.flush();
        } catch (PersistenceException e) {
            throw new WriteRefused(e);
        }
    }

    /** The database refused a write (a unique key, most often); the transaction is rolled back. */
    @ApplicationException(rollback = true)
    public static class WriteRefused extends RuntimeException {

        private static final long serialVersionUID = 1L;

        WriteRefused(PersistenceException cause) {
            super(cause.getMessage(), cause);
        }

        public PersistenceException reason() {
            return (PersistenceException) getCause();
        }
    }
}
