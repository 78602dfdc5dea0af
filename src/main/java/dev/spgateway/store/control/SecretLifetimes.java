package dev.spgateway.store.control;

import dev.spgateway.secrets.entity.Secret;
import dev.spgateway.store.entity.StoreConnection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The life of LWA client secrets, shared by the stores of an account that use the same client id: a
 * secret lives {@code spgateway.rotation.lifetime} (Amazon: 180 days) unless Amazon's own date is given,
 * stores holding the same secret share its date, and once a client id has a new secret the old one keeps
 * working for {@link #OLD_SECRET_GRACE} at most.
 */
@ApplicationScoped
public class SecretLifetimes {

    /** How long Amazon honours the previous secret after a rotation. */
    public static final Duration OLD_SECRET_GRACE = Duration.ofDays(7);

    @PersistenceContext
    EntityManager em;

    @Inject
    @ConfigProperty(name = "spgateway.rotation.lifetime")
    Duration lifetime;

    /** When a secret that enters the gateway now will expire. */
    public Instant expiryOfNewSecret(String accountId, String clientId, Secret secret, Optional<Instant> given,
            Instant now) {
        if (given.isPresent()) {
            return given.get();
        }
        return siblings(accountId, clientId).stream()
                .filter(store -> store.hasSecret(secret))
                .map(store -> store.secretLifetime().expiresAt())
                .findFirst()
                .orElse(now.plus(lifetime));
    }

    /** After {@code store} received a new secret: its twins share the date, the others are on notice. */
    public void secretChanged(StoreConnection store, Secret secret, Instant now) {
        Instant graceEnd = now.plus(OLD_SECRET_GRACE);
        for (StoreConnection sibling : siblings(store.accountId(), store.clientId())) {
            if (sibling.id().equals(store.id())) {
                continue;
            }
            if (sibling.hasSecret(secret)) {
                sibling.secretExpiresAt(store.secretLifetime().expiresAt());
            } else if (sibling.secretLifetime().expiresAt().isAfter(graceEnd)) {
                sibling.secretExpiresAt(graceEnd);
            }
        }
    }

    /** Amazon announced when the client id's current secret expires: every store of it takes the date. */
    public int expiryAnnounced(String accountId, String clientId, Instant expiresAt) {
        List<StoreConnection> stores = siblings(accountId, clientId);
        stores.forEach(store -> store.secretExpiresAt(expiresAt));
        return stores.size();
    }

    /** Applies a date to a store and the stores that hold the same secret. */
    public void expiryGiven(StoreConnection store, Instant expiresAt) {
        store.secretExpiresAt(expiresAt);
        siblings(store.accountId(), store.clientId()).stream()
                .filter(sibling -> !sibling.id().equals(store.id()))
                .filter(sibling -> sibling.hasSecret(store.credentials().clientSecret()))
                .forEach(sibling -> sibling.secretExpiresAt(expiresAt));
    }

    private List<StoreConnection> siblings(String accountId, String clientId) {
        return em.createNamedQuery(StoreConnection.FIND_BY_ACCOUNT_AND_CLIENT, StoreConnection.class)
                .setParameter("accountId", accountId)
                .setParameter("clientId", clientId)
                .getResultList();
    }
}
