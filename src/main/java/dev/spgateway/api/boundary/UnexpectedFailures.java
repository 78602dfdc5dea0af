package dev.spgateway.api.boundary;

import dev.spgateway.api.control.ApiException;
import dev.spgateway.api.control.ApiUnavailable;
import dev.spgateway.api.control.Envelope;
import dev.spgateway.api.control.ReturnCode;
import dev.spgateway.platform.boundary.DatabaseAvailability;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns an unexpected exception into a return code, never into its own text: 1 with a retry hint when the
 * database could not be reached, 9 otherwise. A 9 names a correlation id that the log carries with the stack
 * trace, so support can find one from the other.
 */
@ApplicationScoped
public class UnexpectedFailures {

    private static final Logger LOG = Logger.getLogger(UnexpectedFailures.class.getName());

    @Inject
    DatabaseAvailability database;

    public Envelope report(Throwable exception) {
        ApiException expected = findApiException(exception);
        if (expected != null) {
            return Envelope.failure(expected);
        }
        if (database.explains(exception)) {
            // the outage itself is logged once, when it begins; each call it cut off only at FINE
            LOG.log(Level.FINE, "Call failed for want of the database", exception);
            return Envelope.failure(ApiUnavailable.database());
        }
        String correlationId = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unexpected failure, correlation id " + correlationId, exception);
        return Envelope.failure(ReturnCode.INTERNAL_ERROR,
                "Internal error, correlation id " + correlationId);
    }

    /** EJB containers may still wrap an application exception when it crosses a non-EJB layer. */
    private static ApiException findApiException(Throwable exception) {
        Throwable current = exception;
        for (int depth = 0; current != null && depth < 10; depth++) {
            if (current instanceof ApiException api) {
                return api;
            }
            current = current instanceof EJBException ejb && ejb.getCausedByException() != null
                    ? ejb.getCausedByException() : current.getCause();
        }
        return null;
    }
}
