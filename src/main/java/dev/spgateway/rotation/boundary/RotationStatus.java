package dev.spgateway.rotation.boundary;

import dev.spgateway.rotation.control.AlertSummary;
import dev.spgateway.rotation.control.DeliverySummary;
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
import java.util.stream.Collectors;

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

    /** The latest alerts, newest first, each with its deliveries. */
    public List<AlertSummary> recentAlerts(int limit) {
        List<RotationAlert> alerts = em.createNamedQuery(RotationAlert.FIND_RECENT, RotationAlert.class)
                .setMaxResults(limit).getResultList();
        Map<String, List<DeliverySummary>> deliveries = deliveries(alerts.stream().map(RotationAlert::id).toList());
        return alerts.stream().map(alert -> new AlertSummary(alert.storeId(), alert.createdAt(), alert.state().name(),
                alert.thresholdDays(), alert.daysLeft(), alert.expiresAt(), alert.reason(),
                deliveries.getOrDefault(alert.id(), List.of()))).toList();
    }

    private Map<String, List<DeliverySummary>> deliveries(List<String> alertIds) {
        if (alertIds.isEmpty()) {
            return Map.of();
        }
        return em.createNamedQuery(AlertDelivery.FIND_BY_ALERTS, AlertDelivery.class)
                .setParameter("alertIds", alertIds)
                .getResultStream()
                .collect(Collectors.groupingBy(AlertDelivery::alertId,
                        Collectors.mapping(DeliverySummary::of, Collectors.toList())));
    }
}
