package dev.spgateway.platform.control;

import jakarta.persistence.PersistenceException;
import jakarta.resource.ResourceException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;

/**
 * Reads a failure's causes for what the database had to do with it: a lost or refused connection (SQLState
 * class 08, the connection exceptions of JDBC, or the server's pool failing to allocate one), or any other
 * database error, for which only a probe of the database can tell an outage from a fault of the statement.
 */
public final class DatabaseFailures {

    private static final int MAX_DEPTH = 20;
    private static final String CONNECTION_EXCEPTION_CLASS = "08";

    private DatabaseFailures() {
    }

    public static boolean isConnectionLoss(Throwable failure) {
        for (Throwable cause : causes(failure)) {
            if (cause instanceof SQLTransientConnectionException || cause instanceof SQLNonTransientConnectionException
                    || cause instanceof SQLRecoverableException || cause instanceof ResourceException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && sql.getSQLState().startsWith(CONNECTION_EXCEPTION_CLASS)) {
                return true;
            }
        }
        return false;
    }

    public static boolean involvesDatabase(Throwable failure) {
        for (Throwable cause : causes(failure)) {
            if (cause instanceof SQLException || cause instanceof PersistenceException
                    || cause instanceof ResourceException) {
                return true;
            }
        }
        return false;
    }

    private static Iterable<Throwable> causes(Throwable failure) {
        java.util.List<Throwable> chain = new java.util.ArrayList<>();
        for (Throwable cause = failure; cause != null && chain.size() < MAX_DEPTH; cause = next(cause)) {
            if (chain.contains(cause)) {
                break;
            }
            chain.add(cause);
        }
        return chain;
    }

    /** JDBC chains further errors beside the cause; EJB containers wrap the cause in their own way. */
    private static Throwable next(Throwable failure) {
        if (failure instanceof SQLException sql && sql.getCause() == null && sql.getNextException() != null) {
            return sql.getNextException();
        }
        if (failure instanceof jakarta.ejb.EJBException ejb && ejb.getCausedByException() != null) {
            return ejb.getCausedByException();
        }
        return failure.getCause();
    }
}
