package dev.spgateway.api.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Anything unforeseen: return code 9 with a correlation id, the details only in the server log. */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

    @Inject
    UnexpectedFailures failures;

    @Override
    public Response toResponse(Throwable exception) {
        return EnvelopeResponses.of(failures.report(exception));
    }
}
