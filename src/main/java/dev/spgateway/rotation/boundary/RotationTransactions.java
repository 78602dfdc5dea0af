package dev.spgateway.rotation.boundary;

import dev.spgateway.rotation.control.RotationRun;
import jakarta.annotation.Resource;
import jakarta.ejb.ApplicationException;
import jakarta.ejb.LocalBean;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.util.function.Function;

/**
 * A fresh container transaction per unit of the rotation job, so one store's failure stays its own. The
 * work is flushed inside, so that a unique-key race with another instance surfaces here, as a
 * {@link PersistenceException} the job expects rather than a container-wrapped system exception.
 */
@Stateless
@LocalBean
public class RotationTransactions implements RotationRun.Transactions {

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    @Override
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public <T> T inNewTransaction(Function<EntityManager, T> work) {
        try {
            T result = work.apply(em);
            em.flush();
            return result;
        } catch (PersistenceException e) {
            context.setRollbackOnly();
            throw new ConcurrentChange(e);
        }
    }

    /** Passes the container unwrapped and rolls its transaction back. */
    @ApplicationException(rollback = true)
    public static class ConcurrentChange extends PersistenceException {

        private static final long serialVersionUID = 1L;

        ConcurrentChange(PersistenceException cause) {
            super(cause.getMessage(), cause);
        }
    }
}
