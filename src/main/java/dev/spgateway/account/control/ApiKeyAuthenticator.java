package dev.spgateway.account.control;

import com.github.benmanes.caffeine.cache.Ticker;
import dev.spgateway.account.entity.ApiKey;
import dev.spgateway.api.control.ApiException;
import dev.spgateway.api.control.Caller;
import dev.spgateway.api.control.CallerAuthenticator;
import dev.spgateway.api.control.ReturnCode;
import dev.spgateway.platform.boundary.ClusterChanges;
import dev.spgateway.platform.control.ClusterChange;
import dev.spgateway.platform.control.ShortLivedCache;
import jakarta.ejb.EJB;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Tells which account an API key belongs to. Every call needs this, so a key that passed is remembered for
 * {@code spgateway.api.lookup-cache-ttl}: the database lookup cost a trivial call half its time. Unknown and
 * disabled keys are not remembered. A key disabled here is forgotten as soon as that commits; one disabled
 * on another instance as soon as its change arrives ({@link ClusterChanges}), the entry's expiry being the
 * fallback.
 */
@ApplicationScoped
public class ApiKeyAuthenticator implements CallerAuthenticator {

    static final int MAX_KEYS = 10_000;

    static final String TOPIC = "api-key-disabled";

    @PersistenceContext
    EntityManager em;

    @EJB
    ClusterChanges changes;

    @Inject
    @ConfigProperty(name = "spgateway.api.lookup-cache-ttl")
    Duration ttl;

    private Function<String, Optional<ApiKey>> keysByHash;
    private ShortLivedCache<String, Caller> callers;

    public ApiKeyAuthenticator() {
    }

    ApiKeyAuthenticator(Function<String, Optional<ApiKey>> keysByHash, Duration ttl, Ticker ticker) {
        this.keysByHash = keysByHash;
        this.callers = new ShortLivedCache<>(ttl, MAX_KEYS, ticker);
    }

    @PostConstruct
    void init() {
        keysByHash = this::findByHash;
        callers = new ShortLivedCache<>(ttl, MAX_KEYS, Ticker.systemTicker());
    }

    @Override
    public Caller authenticate(String apiKey) {
        return callers.get(ApiKeyHasher.hash(apiKey), hash -> Optional.of(load(apiKey, hash))).orElseThrow();
    }

    void forgetAll(@Observes(during = TransactionPhase.AFTER_SUCCESS) ApiKeyDisabled disabled) {
        callers.forgetAll();
    }

    /** In the disabling transaction: the other instances forget the key once it commits. */
    void announce(@Observes ApiKeyDisabled disabled) {
        changes.publish(new ClusterChange(TOPIC, disabled.keyId()));
    }

    void forgetAll(@Observes ClusterChange change) {
        if (change.is(TOPIC)) {
            callers.forgetAll();
        }
    }

    /** The key's account, or the refusal: a refusal is thrown, so nothing is remembered. */
    private Caller load(String apiKey, String hash) {
        ApiKey key = keysByHash.apply(hash)
                .filter(candidate -> ApiKeyHasher.matches(apiKey, candidate.keyHash()))
                .orElseThrow(() -> new ApiException(ReturnCode.INCORRECT_API_KEY));
        if (key.isDisabled()) {
            throw new ApiException(ReturnCode.API_KEY_DISABLED);
        }
        return new Caller(key.account().id());
    }

    private Optional<ApiKey> findByHash(String hash) {
        return em.createNamedQuery(ApiKey.FIND_BY_HASH, ApiKey.class)
                .setParameter("hash", hash)
                .getResultStream()
                .findFirst();
    }
}
