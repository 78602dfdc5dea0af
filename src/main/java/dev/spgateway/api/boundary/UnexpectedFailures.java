package dev.spgateway.api.boundary;

import dev.spgateway.api.control.ApiException;
import dev.spgateway.api.control.ApiUnavailable;
import dev.spgateway.api.control.Envelope;
import dev.spgateway.api.control.RemoteFailures;
import dev.spgateway.api.control.ReturnCode;
import dev.spgateway.platform.boundary.DatabaseAvailability;
import dev.spgateway.platform.control.RemoteFailure;
import dev.spgateway.platform.control.UnknownSecretsKey;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns an exception into a return code: an API failure as it is, a remote service's failure as
 * {@link RemoteFailures} maps it; anything unexpected never into its own text: 1 with a retry hint when the
 * database could not be reached, 9 otherwise. A 9 names a correlation id that the log carries with the stack
 * trace, so support can find one from the other.
 */
@ApplicationScoped
public class UnexpectedFailures {

    private static final Logger LOG = Logger.getLogger(UnexpectedFailures.class.getName());

    @Inject
    DatabaseAvailability database;

    public Envelope report(Throwable exception) {
        ApiException expected = find(exception, ApiException.class);
        if (expected != null) {
            return Envelope.failure(expected);
        }
        RemoteFailure remote = find(exception, RemoteFailure.class);
        if (remote != null) {
            return Envelope.failure(RemoteFailures.toApi(remote));
        }
        UnknownSecretsKey unknownKey = find(exception, UnknownSecretsKey.class);
        if (unknownKey != null) {
            LOG.warning(() -> "A call needed a value sealed with secrets key " + unknownKey.keyId()
                    + ", which this instance was not given");
            return Envelope.failure(ReturnCode.SERVICE_UNAVAILABLE, unknownKey.description());
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
    private static <T extends Throwable> T find(Throwable exception, Class<T> type) {
        Throwable current = exception;
        for (int depth = 0; current != null && depth < 10; depth++) {
            if (type.isInstance(current)) {
                return type.cast(current);
            }
            current = current instanceof EJBException ejb && ejb.getCausedByException() != null
                    ? ejb.getCausedByException() : current.getCause();
        }
        return null;
    }
}
