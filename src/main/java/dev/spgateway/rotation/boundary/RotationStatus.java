package dev.spgateway.rotation.boundary;

import dev.spgateway.rotation.entity.AlertDelivery;
import dev.spgateway.rotation.entity.RotationAlert;
import dev.spgateway.rotation.entity.StoreSecret;
import dev.spgateway.store.control.SecretStates;
import dev.spgateway.store.entity.CredentialState;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Read side of rotation: stores per credential state as of now, from their dates, and the latest alerts. */
@Stateless
public class RotationStatus {

    @PersistenceContext
    EntityManager em;

    @Inject
    SecretStates secretStates;

    public Map<CredentialState, Long> storesByState() {
        Instant now = secretStates.now();
        long all = em.createNamedQuery(StoreSecret.COUNT_ALL, Long.class).getSingleResult();
        long expired = expiringBy(now);
        long expiring = expiringBy(now.plus(secretStates.warnWithin())) - expired;
        Map<CredentialState, Long> counts = new EnumMap<>(CredentialState.class);
        counts.put(CredentialState.OK, all - expired - expiring);
        counts.put(CredentialState.EXPIRING, expiring);
        counts.put(CredentialState.EXPIRED, expired);
        return counts;
    }

    private long expiringBy(Instant until) {
        return em.createNamedQuery(StoreSecret.COUNT_EXPIRING_BY, Long.class).setParameter("until", until)
                .getSingleResult();
    }

    public long pendingDeliveries() {
        return em.createNamedQuery(AlertDelivery.COUNT_PENDING, Long.class).getSingleResult();
    }

    /** The deliveries of these alerts, by alert id. */
    public Map<String, List<AlertDelivery>> deliveries(List<String> alertIds) {
        if (alertIds.isEmpty()) {
            return Map.of();
        }
        return em.createNamedQuery(AlertDelivery.FIND_BY_ALERTS, AlertDelivery.class)
                .setParameter("alertIds", alertIds)
                .getResultStream()
                .collect(java.util.stream.Collectors.groupingBy(AlertDelivery::alertId));
    }

    public List<RotationAlert> recentAlerts(int limit) {
        return em.createNamedQuery(RotationAlert.FIND_RECENT, RotationAlert.class).setMaxResults(limit)
                .getResultList();
    }
}
