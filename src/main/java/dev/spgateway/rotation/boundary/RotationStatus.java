package dev.spgateway.rotation.boundary;

import dev.spgateway.rotation.entity.RotationAlert;
import dev.spgateway.store.entity.CredentialState;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Read side of rotation: stores per credential state and the latest alerts. */
@Stateless
public class RotationStatus {

    @PersistenceContext
    EntityManager em;

    public Map<CredentialState, Long> storesByState() {
        Map<CredentialState, Long> counts = new EnumMap<>(CredentialState.class);
        for (CredentialState state : CredentialState.values()) {
            counts.put(state, 0L);
        }
        em.createQuery("SELECT s.rotationState, COUNT(s) FROM StoreConnection s GROUP BY s.rotationState",
                        Object[].class)
                .getResultList()
                .forEach(row -> counts.put(CredentialState.valueOf((String) row[0]), (Long) row[1]));
        return counts;
    }

    public List<RotationAlert> recentAlerts(int limit) {
        return em.createNamedQuery(RotationAlert.FIND_RECENT, RotationAlert.class).setMaxResults(limit)
                .getResultList();
    }
}
