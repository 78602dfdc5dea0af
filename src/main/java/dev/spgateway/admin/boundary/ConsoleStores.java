package dev.spgateway.admin.boundary;

import dev.spgateway.store.control.SecretState;
import dev.spgateway.store.control.SecretStates;
import dev.spgateway.store.control.StoreChecks;
import dev.spgateway.store.entity.SecretLifetime;
import dev.spgateway.store.entity.StoreConnection;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every store of every account, as operators see it: no credentials beyond what identifies the seller, and
 * a live re-check that needs no API key. Reads a projection so that no secret is decrypted for a listing.
 */
@Stateless
public class ConsoleStores {

    private static final String ALL = "SELECT s.id, s.accountId, s.credentials.sellerId, s.customLabel,"
            + " s.credentials.awsRegion, s.credentials.environment, s.verification.marketplaceIds,"
            + " s.secretLifetime.setAt, s.verification.lastVerifiedAt, s.verification.lastError, s.createdAt, a.name,"
            + " s.secretLifetime.expiresAt, s.secretLifetime.state, s.secretLifetime.reason"
            + " FROM StoreConnection s, ApiAccount a WHERE a.id = s.accountId ORDER BY s.createdAt";

    @PersistenceContext
    EntityManager em;

    @Inject
    StoreChecks checks;

    @Inject
    SecretStates secretStates;

    public List<StoreRow> all() {
        return em.createQuery(ALL, Object[].class).getResultStream().map(this::row).toList();
    }

    /** The stores' ids by state ({@code verified}, {@code unverified}, {@code error}), for monitoring. */
    public Map<String, Integer> countByState() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String state : List.of("verified", "unverified", "error")) {
            counts.put(state, 0);
        }
        all().forEach(store -> counts.merge(store.state(), 1, Integer::sum));
        return counts;
    }

    /** Seller id and label of each store id, to name stores in other pages. */
    public Map<String, String> namesById() {
        Map<String, String> names = new LinkedHashMap<>();
        all().forEach(store -> names.put(store.id(), store.customLabel() == null ? store.sellerId()
                : store.sellerId() + " (" + store.customLabel() + ")"));
        return names;
    }

    /**
     * Checks a store's stored credentials live again, by store id or store key, and records the outcome on
     * the store as {@code cart.validate} does. Outside a transaction: the check talks to Amazon, and its
     * outcome is written in a short transaction of its own.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Optional<Recheck> recheck(String idOrKey) {
        Optional<StoreConnection> found = Optional.ofNullable(em.find(StoreConnection.class, idOrKey))
                .or(() -> em.createNamedQuery(StoreConnection.FIND_BY_STORE_KEY, StoreConnection.class)
                        .setParameter("storeKey", idOrKey).getResultStream().findFirst());
        return found.map(this::recheck);
    }

    private Recheck recheck(StoreConnection store) {
        StoreChecks.Outcome outcome = checks.check(store);
        return new Recheck(store.id(), outcome.valid(), outcome.marketplaces(), outcome.message());
    }

    /** The secret's state is derived as of now from its expiry date, as cart.info derives it. */
    private StoreRow row(Object[] c) {
        String lastError = (String) c[9];
        Instant lastVerified = (Instant) c[8];
        String state = lastError != null ? "error" : lastVerified != null ? "verified" : "unverified";
        List<String> marketplaces = Arrays.stream(((String) c[6]).split(",")).filter(m -> !m.isBlank()).toList();
        SecretState secret = SecretState.of((Instant) c[12], SecretLifetime.refusal((String) c[13], (String) c[14]),
                secretStates.now(), secretStates.warnWithin());
        return new StoreRow((String) c[0], (String) c[1], (String) c[11], (String) c[2], (String) c[3],
                (String) c[4], (String) c[5], marketplaces, state, lastVerified, lastError, (Instant) c[7],
                (Instant) c[10], secret.expiresAt(), secret.daysLeft(), secret.state().name(), secret.reason());
    }

    /** A store on the console: identification, connection state and the age of its client secret. */
    public record StoreRow(String id, String accountId, String accountName, String sellerId, String customLabel,
            String awsRegion, String environment, List<String> marketplaceIds, String state,
            Instant lastVerifiedAt, String lastError, Instant clientSecretSetAt, Instant createdAt,
            Instant clientSecretExpiresAt, long daysLeft, String secretState, String secretReason) {
    }

    /** The outcome of a live re-check. */
    public record Recheck(String storeId, boolean valid, List<String> marketplaceIds, String message) {
    }
}
