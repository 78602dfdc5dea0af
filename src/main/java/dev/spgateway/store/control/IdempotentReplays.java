package dev.spgateway.store.control;

import dev.spgateway.api.control.ApiException;
import dev.spgateway.api.control.Caller;
import dev.spgateway.store.entity.IdempotentReplay;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * First answers of calls made with an {@code idempotency_key}, replayed within the configured time to live.
 * Joins the boundary's transaction, so an answer is kept only if the change it describes was committed.
 */
@ApplicationScoped
public class IdempotentReplays {

    @PersistenceContext
    EntityManager em;

    @Inject
    @ConfigProperty(name = "spgateway.idempotency.ttl")
    Duration ttl;

    Clock clock = Clock.systemUTC();

    public Optional<String> replay(Caller caller, String key, String method) {
        IdempotentReplay replay = em.find(IdempotentReplay.class, new IdempotentReplay.Key(caller.accountId(), key));
        if (replay == null) {
            return Optional.empty();
        }
        if (!replay.isLiveAt(clock.instant(), ttl)) {
            em.remove(replay);
            em.flush();
            return Optional.empty();
        }
        if (!replay.method().equals(method)) {
            throw ApiException.incorrect("idempotency_key", "this key was already used for " + replay.method());
        }
        return Optional.of(replay.resultJson());
    }

    public void remember(Caller caller, String key, String method, String resultJson) {
        em.persist(new IdempotentReplay(caller.accountId(), key, method, resultJson, clock.instant()));
    }
}
