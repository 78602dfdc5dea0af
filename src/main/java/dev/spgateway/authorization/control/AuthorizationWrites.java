package dev.spgateway.authorization.control;

import dev.spgateway.authorization.entity.AuthorizationRequest;
import dev.spgateway.authorization.entity.AuthorizationStatus;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The writes of the authorization boundary, each in a short transaction of its own, so that no transaction is
 * open while Amazon exchanges the code or checks the seller.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class AuthorizationWrites {

    @PersistenceContext
    EntityManager em;

    public void create(AuthorizationRequest request) {
        em.persist(request);
    }

    /** Takes the pending, unexpired authorization with this state for one callback; empty when it was not. */
    public Optional<AuthorizationRequest> claim(String stateHash, Instant now) {
        int claimed = em.createNamedQuery(AuthorizationRequest.CLAIM)
                .setParameter("claimed", AuthorizationStatus.IN_PROGRESS)
                .setParameter("pending", AuthorizationStatus.PENDING)
                .setParameter("stateHash", stateHash)
                .setParameter("now", now)
                .executeUpdate();
        return claimed == 1 ? findByState(stateHash) : Optional.empty();
    }

    public void connected(String id, String storeKey, String sellerId, List<String> marketplaces, Instant now) {
        em.find(AuthorizationRequest.class, id).connected(storeKey, sellerId, marketplaces, now);
    }

    public void cancelled(String id, Instant now) {
        em.find(AuthorizationRequest.class, id).cancelled(now);
    }

    public void failed(String id, String code, Instant now) {
        em.find(AuthorizationRequest.class, id).failed(code, now);
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<AuthorizationRequest> findByState(String stateHash) {
        return em.createNamedQuery(AuthorizationRequest.FIND_BY_STATE_HASH, AuthorizationRequest.class)
                .setParameter("stateHash", stateHash)
                .getResultStream()
                .findFirst();
    }
}
