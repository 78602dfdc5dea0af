package dev.spgateway.platform.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBException;
import jakarta.persistence.PersistenceException;
import jakarta.resource.spi.ResourceAllocationException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class DatabaseFailuresTest {

    @Test
    void aClosedConnectionDeepInsideTheContainersWrappingIsAConnectionLoss() {
        SQLException closed = new SQLException("This connection has been closed.", "08003");
        Exception wrapped = new EJBException(new PersistenceException("query failed", closed));

        assertTrue(DatabaseFailures.isConnectionLoss(wrapped));
        assertTrue(DatabaseFailures.involvesDatabase(wrapped));
    }

    @Test
    void aPoolThatCannotAllocateAConnectionIsAConnectionLoss() {
        SQLException allocation = new SQLException("Error in allocating a connection",
                new ResourceAllocationException("Connection refused"));

        assertTrue(DatabaseFailures.isConnectionLoss(new PersistenceException(allocation)));
    }

    @Test
    void aRefusedStatementInvolvesTheDatabaseButIsNoConnectionLoss() {
        PersistenceException duplicate = new PersistenceException(new SQLException("duplicate key", "23505"));

        assertFalse(DatabaseFailures.isConnectionLoss(duplicate));
        assertTrue(DatabaseFailures.involvesDatabase(duplicate));
    }

    @Test
    void aNullPointerHasNothingToDoWithTheDatabase() {
        RuntimeException bug = new IllegalStateException("bug", new NullPointerException());

        assertFalse(DatabaseFailures.isConnectionLoss(bug));
        assertFalse(DatabaseFailures.involvesDatabase(bug));
    }
}
