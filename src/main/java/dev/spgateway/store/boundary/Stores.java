package dev.spgateway.store.boundary;

import dev.spgateway.amazon.control.SpApiCredentials;
import dev.spgateway.api.control.ApiException;
import dev.spgateway.api.control.Caller;
import dev.spgateway.api.control.ReturnCode;
import dev.spgateway.secrets.entity.Secret;
import dev.spgateway.store.control.BuyerDataAccess;
import dev.spgateway.store.control.ConfigAnswer;
import dev.spgateway.store.control.ConfigChange;
import dev.spgateway.store.control.ConnectedStore;
import dev.spgateway.store.control.ConfigUpdates;
import dev.spgateway.store.control.CredentialRules;
import dev.spgateway.store.control.IdempotentReplays;
import dev.spgateway.store.control.NewStore;
import dev.spgateway.store.control.PlainText;
import dev.spgateway.store.control.SecretLifetimes;
import dev.spgateway.store.control.SecretStates;
import dev.spgateway.store.control.StoreChecks;
import dev.spgateway.store.control.StoreReference;
import dev.spgateway.store.control.StoreVerifier;
import dev.spgateway.store.control.StoreViews;
import dev.spgateway.store.control.StoreWrites;
import dev.spgateway.store.entity.StoreConnection;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Instance;
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
 * check leaves no trace; every lookup is scoped to the caller's account. No transaction spans a call to
 * Amazon: reads run without one, Amazon is called, and {@link StoreWrites} stores the outcome in a short
 * transaction of its own, so a slow Amazon never holds a pooled database connection.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Stores {

    @PersistenceContext
    EntityManager em;

    @Inject
    StoreVerifier verifier;

    @Inject
    IdempotentReplays replays;

    @Inject
    SecretLifetimes lifetimes;

    @Inject
    StoreChecks checks;

    @EJB
    StoreWrites writes;

    @Inject
    SecretStates secretStates;

    @Inject
    Instance<BuyerDataAccess> buyerDataAccess;

    Clock clock = Clock.systemUTC();

    public String add(Caller caller, Map<String, String> parameters, boolean verify, Optional<String> customLabel) {
        SpApiCredentials credentials = CredentialRules.parse(parameters).ownedBy(caller.accountId());
        customLabel.ifPresent(PlainText::label);
        Instant now = clock.instant();
        Optional<Instant> givenExpiry = CredentialRules.secretExpiresAt(
                Optional.ofNullable(parameters.get(CredentialRules.SECRET_EXPIRES_AT)), now);
        requireNewSeller(caller, credentials);
        List<String> marketplaces = verify ? verifier.verify(credentials) : List.of();
        try {
            return writes.create(new NewStore(caller.accountId(), credentials, marketplaces, customLabel,
                    givenExpiry, now));
        } catch (StoreWrites.WriteRefused refused) {
            // concurrent duplicates all pass the check above; the unique key lets one of them through
            requireNewSeller(caller, credentials);
            throw refused.reason();
        }
    }

    /**
     * A seller who consented in Seller Central: checked live like {@link #add}, then stored as a new store,
     * or, when the account already has this seller in this region, given the new refresh token under the same
     * store key (the seller authorized again, after revoking or letting the old token lapse).
     */
    public ConnectedStore connectAuthorized(String accountId, SpApiCredentials given, Optional<String> customLabel) {
        SpApiCredentials credentials = given.ownedBy(accountId);
        customLabel.ifPresent(PlainText::label);
        List<String> marketplaces = verifier.verify(credentials);
        Instant now = clock.instant();
        Optional<StoreConnection> existing = storeOfSeller(accountId, credentials);
        if (existing.isEmpty()) {
            try {
                String storeKey = writes.create(new NewStore(accountId, credentials, marketplaces, customLabel,
                        Optional.empty(), now));
                return new ConnectedStore(storeKey, credentials.sellerId(), marketplaces, false);
            } catch (StoreWrites.WriteRefused refused) {
                // a concurrent consent of the same seller stored it first: this one replaces its token
                existing = Optional.of(storeOfSeller(accountId, credentials).orElseThrow(refused::reason));
            }
        }
        StoreConnection store = existing.get();
        writes.update(new ConfigChange(store.id(), store.version(), credentials, true, Optional.of(marketplaces),
                Optional.empty(), customLabel, Optional.empty(), now));
        return new ConnectedStore(store.storeKey(), credentials.sellerId(), marketplaces, true);
    }

    /**
     * The gateway's own application has a new client secret: every store connected through it, in every
     * account, takes it at once, and its 180-day life starts again. Answers how many stores took it.
     */
    public int applicationSecretRotated(String clientId, Secret newSecret) {
        int changed = 0;
        for (StoreConnection store : em.createNamedQuery(StoreConnection.FIND_BY_CLIENT, StoreConnection.class)
                .setParameter("clientId", clientId).getResultList()) {
            if (store.hasSecret(newSecret)) {
                continue;
            }
            SpApiCredentials current = store.credentials();
            SpApiCredentials rotated = new SpApiCredentials(current.sellerId(), current.clientId(), newSecret,
                    current.refreshToken(), current.region(), current.environment(), current.iam(),
                    current.quotaOwner());
            writes.update(new ConfigChange(store.id(), store.version(), rotated, true, Optional.empty(),
                    Optional.empty(), Optional.empty(), Optional.empty(), clock.instant()));
            changed++;
        }
        return changed;
    }

    /**
     * account.config.update: replaces the given credentials and label and answers how many changed; an
     * idempotency key replays the first answer to a repeat of the same request ({@link ConfigUpdates}).
     */
    public ConfigAnswer updateConfig(Caller caller, String storeKey, Map<String, String> changes,
            Optional<String> label, boolean verify, Optional<String> idempotencyKey) {
        Optional<String> key = idempotencyKey.map(IdempotentReplays::checkedKey);
        label.ifPresent(PlainText::label);
        return new ConfigUpdates(verifier, replays, writes, clock).update(find(caller, storeKey), changes, label,
                verify, key);
    }

    /** Amazon's notice of when a client id's secret expires: every store of the caller with that client id. */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public int secretExpiryAnnounced(Caller caller, String clientId, Instant expiresAt) {
        return lifetimes.expiryAnnounced(caller.accountId(), clientId, expiresAt);
    }

    public List<Map<String, Object>> list(Caller caller) {
        return em.createNamedQuery(StoreConnection.FIND_BY_ACCOUNT, StoreConnection.class)
                .setParameter("accountId", caller.accountId())
                .getResultStream()
                .map(store -> StoreViews.cartListEntry(store, secretStates.of(store), buyerDataAccess(store)))
                .toList();
    }

    /** The caller's stores that sell as this Amazon seller (in any region), as the order calls refer to them. */
    public List<StoreReference> ofSeller(Caller caller, String sellerId) {
        return em.createNamedQuery(StoreConnection.FIND_BY_ACCOUNT, StoreConnection.class)
                .setParameter("accountId", caller.accountId())
                .getResultStream()
                .filter(store -> store.sellerId().equals(sellerId))
                .map(store -> new StoreReference(store.id(), store.accountId(), store.verification().marketplaceIds()))
                .toList();
    }

    public Map<String, Object> info(Caller caller, String storeKey) {
        StoreConnection store = find(caller, storeKey);
        return StoreViews.cartInfo(store, secretStates.of(store), buyerDataAccess(store));
    }

    /** UNKNOWN where no feature tells (the store feature alone, as in its own tests). */
    private String buyerDataAccess(StoreConnection store) {
        return buyerDataAccess != null && buyerDataAccess.isResolvable() ? buyerDataAccess.get().of(store.id()) : BuyerDataAccess.UNKNOWN;
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
        writes.delete(find(caller, storeKey).id());
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

    private Optional<StoreConnection> storeOfSeller(String accountId, SpApiCredentials credentials) {
        return em.createNamedQuery(StoreConnection.FIND_BY_ACCOUNT_AND_SELLER, StoreConnection.class)
                .setParameter("accountId", accountId)
                .setParameter("sellerId", credentials.sellerId())
                .setParameter("awsRegion", credentials.region().awsRegion())
                .getResultStream()
                .findFirst();
    }

    private void requireNewSeller(Caller caller, SpApiCredentials credentials) {
        if (storeOfSeller(caller.accountId(), credentials).isPresent()) {
            throw new ApiException(ReturnCode.STORE_ALREADY_EXISTS, "A store for seller " + credentials.sellerId()
                    + " in " + credentials.region().awsRegion() + " already exists in this account");
        }
    }
}
