package dev.spgateway.store.boundary;

import dev.spgateway.store.control.SecretState;
import dev.spgateway.store.control.SecretStates;
import dev.spgateway.store.control.StoreChecks;
import dev.spgateway.store.control.StoreRecheck;
import dev.spgateway.store.control.StoreStatus;
import dev.spgateway.store.control.StoreSummary;
import dev.spgateway.store.entity.StoreConnection;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Every store of every account, for the people who run the gateway (the console, JMX): no credentials beyond
 * what identifies the seller, counts per connection state, and a live re-check that needs no API key. No
 * transaction: the reads need none, and a re-check talks to Amazon, then writes its outcome in a short
 * transaction of its own.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class StoreOverview {

    /** The connection states, in the order they are reported. */
    public static final List<String> CONNECTION_STATES = List.of("verified", "unverified", "error");

    @PersistenceContext
    EntityManager em;

    @Inject
    StoreChecks checks;

    @Inject
    SecretStates secretStates;

    /** Oldest first, each with its client secret's state derived as of now, as cart.info derives it. */
    public List<StoreStatus> all() {
        Instant now = secretStates.now();
        Duration warnWithin = secretStates.warnWithin();
        return summaries().stream().map(store -> new StoreStatus(store,
                SecretState.of(store.clientSecretExpiresAt(), store.refusal(), now, warnWithin))).toList();
    }

    /** How many stores are {@code verified}, {@code unverified} and in {@code error}; zero counts included. */
    public Map<String, Integer> countByState() {
        return countByState(summaries());
    }

    static Map<String, Integer> countByState(List<StoreSummary> stores) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        CONNECTION_STATES.forEach(state -> counts.put(state, 0));
        stores.forEach(store -> counts.merge(store.connectionState(), 1, Integer::sum));
        return counts;
    }

    /** How many stores each account has; accounts without any are absent. */
    public Map<String, Long> countByAccount() {
        return summaries().stream().collect(Collectors.groupingBy(StoreSummary::accountId, Collectors.counting()));
    }

    /** Each store's display name (seller id and label) by store id, to name stores on other pages. */
    public Map<String, String> namesById() {
        return summaries().stream().collect(Collectors.toMap(StoreSummary::id, StoreSummary::displayName,
                (first, second) -> first, LinkedHashMap::new));
    }

    /**
     * Checks a store's stored credentials live again, by store id or store key, and records the outcome on
     * the store as {@code cart.validate} does; empty when there is no such store.
     */
    public Optional<StoreRecheck> recheck(String idOrKey) {
        return Optional.ofNullable(em.find(StoreConnection.class, idOrKey))
                .or(() -> em.createNamedQuery(StoreConnection.FIND_BY_STORE_KEY, StoreConnection.class)
                        .setParameter("storeKey", idOrKey).getResultStream().findFirst())
                .map(this::recheck);
    }

    private StoreRecheck recheck(StoreConnection store) {
        StoreChecks.Outcome outcome = checks.check(store);
        return new StoreRecheck(store.id(), outcome.valid(), outcome.marketplaces(), outcome.message());
    }

    private List<StoreSummary> summaries() {
        return em.createNamedQuery(StoreConnection.FIND_SUMMARIES, StoreSummary.class).getResultList();
    }
}
