package dev.spgateway.store.boundary;

import dev.spgateway.account.control.ApiKeyHasher;
import dev.spgateway.amazon.control.SpApiCredentials;
import dev.spgateway.api.control.ApiException;
import dev.spgateway.api.control.Caller;
import dev.spgateway.api.control.ReturnCode;
import dev.spgateway.store.control.CredentialRules;
import dev.spgateway.store.control.IdempotentReplays;
import dev.spgateway.store.control.SecretLifetimes;
import dev.spgateway.store.control.SecretStates;
import dev.spgateway.store.control.StoreChanged;
import dev.spgateway.store.control.StoreChecks;
import dev.spgateway.store.control.StoreVerifier;
import dev.spgateway.store.control.StoreViews;
import dev.spgateway.store.entity.StoreConnection;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Amazon stores of an API account. Credentials are checked live before anything is stored, so a failed
 * check leaves no trace; every lookup is scoped to the caller's account.
 */
@Stateless
public class Stores {

    @PersistenceContext
    EntityManager em;

    private static final String UPDATE_METHOD = "account.config.update";

    @Inject
    StoreVerifier verifier;

    @Inject
    IdempotentReplays replays;

    @Inject
    SecretLifetimes lifetimes;

    @Inject
    StoreChecks checks;

    @Inject
    SecretStates secretStates;

    @Inject
    Event<StoreChanged> storeChanged;

    Clock clock = Clock.systemUTC();

    public String add(Caller caller, Map<String, String> parameters, boolean verify, Optional<String> customLabel) {
        SpApiCredentials credentials = CredentialRules.parse(parameters);
        Instant now = clock.instant();
        Optional<Instant> givenExpiry = CredentialRules.secretExpiresAt(
                Optional.ofNullable(parameters.get(CredentialRules.SECRET_EXPIRES_AT)), now);
        if (findBySeller(caller, credentials).isPresent()) {
            throw new ApiException(ReturnCode.STORE_ALREADY_EXISTS, "A store for seller " + credentials.sellerId()
                    + " in " + credentials.region().awsRegion() + " already exists in this account");
        }
        List<String> marketplaces = verify ? verifier.verify(credentials) : List.of();
        Instant expiresAt = lifetimes.expiryOfNewSecret(caller.accountId(), credentials.clientId(),
                credentials.clientSecret(), givenExpiry, now);
        StoreConnection store = new StoreConnection(caller.accountId(), ApiKeyHasher.newKey(), credentials,
                marketplaces, customLabel.orElse(null), now, expiresAt);
        em.persist(store);
        lifetimes.secretChanged(store, credentials.clientSecret(), now);
        em.flush();
        return store.storeKey();
    }

    /**
     * account.config.update: replaces the given credentials and answers how many changed. With an idempotency
     * key, a repeated call within the time to live gets the first answer and changes nothing.
     */
    public String updateConfig(Caller caller, String storeKey, Map<String, String> changes, boolean verify,
            Optional<String> idempotencyKey) {
        if (idempotencyKey.isPresent()) {
            Optional<String> first = replays.replay(caller, idempotencyKey.get(), UPDATE_METHOD);
            if (first.isPresent()) {
                return first.get();
            }
        }
        String result = "{\"updated_items\":" + updateConfig(caller, storeKey, changes, verify) + "}";
        idempotencyKey.ifPresent(key -> replays.remember(caller, key, UPDATE_METHOD, result));
        return result;
    }

    private int updateConfig(Caller caller, String storeKey, Map<String, String> changes, boolean verify) {
        StoreConnection store = find(caller, storeKey);
        SpApiCredentials current = store.credentials();
        SpApiCredentials updated = CredentialRules.merge(current, changes);
        Instant now = clock.instant();
        Optional<Instant> givenExpiry = CredentialRules.secretExpiresAt(
                Optional.ofNullable(changes.get(CredentialRules.SECRET_EXPIRES_AT)), now);
        int changed = changedItems(current, updated);
        if (changed == 0) {
            givenExpiry.ifPresent(expiresAt -> lifetimes.expiryGiven(store, expiresAt));
            return givenExpiry.isPresent() ? 1 : 0;
        }
        List<String> marketplaces = verify ? verifier.verify(updated) : List.of();
        boolean newSecret = !current.clientSecret().sameAs(updated.clientSecret());
        Instant expiresAt = newSecret
                ? lifetimes.expiryOfNewSecret(caller.accountId(), updated.clientId(), updated.clientSecret(),
                        givenExpiry, now)
                : givenExpiry.orElse(store.clientSecretExpiresAt());
        store.replaceCredentials(updated, now, expiresAt);
        storeChanged.fire(new StoreChanged(storeKey));
        if (verify) {
            store.verified(marketplaces, now);
        }
        if (newSecret) {
            lifetimes.secretChanged(store, updated.clientSecret(), now);
        } else {
            givenExpiry.ifPresent(date -> lifetimes.expiryGiven(store, date));
        }
        return changed + (givenExpiry.isPresent() ? 1 : 0);
    }

    /** Amazon's notice of when a client id's secret expires: every store of the caller with that client id. */
    public int secretExpiryAnnounced(Caller caller, String clientId, Instant expiresAt) {
        return lifetimes.expiryAnnounced(caller.accountId(), clientId, expiresAt);
    }

    public List<Map<String, Object>> list(Caller caller) {
        return em.createNamedQuery(StoreConnection.FIND_BY_ACCOUNT, StoreConnection.class)
                .setParameter("accountId", caller.accountId())
                .getResultStream()
                .map(store -> StoreViews.cartListEntry(store, secretStates.of(store)))
                .toList();
    }

    public Map<String, Object> info(Caller caller, String storeKey) {
        StoreConnection store = find(caller, storeKey);
        return StoreViews.cartInfo(store, secretStates.of(store));
    }

    /** Checks the stored credentials live again and records the outcome on the store. */
    public Map<String, Object> validate(Caller caller, String storeKey) {
        StoreChecks.Outcome outcome = checks.check(find(caller, storeKey));
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("valid", outcome.valid());
        if (outcome.valid()) {
            result.put("stores", outcome.marketplaces());
        } else {
            result.put("message", outcome.message());
        }
        return result;
    }

    public void delete(Caller caller, String storeKey) {
        em.remove(find(caller, storeKey));
        storeChanged.fire(new StoreChanged(storeKey));
    }

    /** A store's current credentials, by its id. */
    public SpApiCredentials credentials(String storeId) {
        StoreConnection store = em.find(StoreConnection.class, storeId);
        if (store == null) {
            throw new ApiException(ReturnCode.STORE_NOT_FOUND, "Store not found");
        }
        return store.credentials();
    }

    /** The caller's store, or 101: another account's store looks exactly like one that does not exist. */
    public StoreConnection find(Caller caller, String storeKey) {
        return em.createNamedQuery(StoreConnection.FIND_BY_STORE_KEY, StoreConnection.class)
                .setParameter("storeKey", storeKey)
                .getResultStream()
                .filter(store -> store.belongsTo(caller.accountId()))
                .findFirst()
                .orElseThrow(() -> new ApiException(ReturnCode.STORE_NOT_FOUND, "Store not found"));
    }

    private Optional<StoreConnection> findBySeller(Caller caller, SpApiCredentials credentials) {
        return em.createNamedQuery(StoreConnection.FIND_BY_ACCOUNT_AND_SELLER, StoreConnection.class)
                .setParameter("accountId", caller.accountId())
                .setParameter("sellerId", credentials.sellerId())
                .setParameter("awsRegion", credentials.region().awsRegion())
                .getResultStream()
                .findFirst();
    }

    static int changedItems(SpApiCredentials before, SpApiCredentials after) {
        int changed = 0;
        changed += before.clientId().equals(after.clientId()) ? 0 : 1;
        changed += before.clientSecret().sameAs(after.clientSecret()) ? 0 : 1;
        changed += before.refreshToken().sameAs(after.refreshToken()) ? 0 : 1;
        changed += before.region() == after.region() ? 0 : 1;
        changed += before.environment() == after.environment() ? 0 : 1;
        changed += before.iam().equals(after.iam()) ? 0 : 1;
        return changed;
    }
}
