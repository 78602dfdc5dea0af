package dev.spgateway.api.boundary;

import dev.spgateway.api.control.Envelope;
import dev.spgateway.api.control.ReturnCode;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * What JAX-RS itself rejects (no such path, a verb the API does not take, an unreadable body) answers in the
 * envelope too, never with the server's HTML error page.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Inject
    UnexpectedFailures failures;

    @Override
    public Response toResponse(WebApplicationException exception) {
        if (exception instanceof NotFoundException) {
            return EnvelopeResponses.of(Envelope.failure(ReturnCode.METHOD_NOT_FOUND,
                    "Method not found: call /v1.1/{method}.json, for example /v1.1/cart.methods.json"));
        }
        if (exception instanceof NotAllowedException) {
            return EnvelopeResponses.of(Envelope.failure(ReturnCode.INCORRECT_PARAMETER,
                    "HTTP method not supported: use GET, POST, PUT or DELETE"));
        }
        int status = exception.getResponse().getStatus();
        if (status >= 400 && status < 500) {
            return EnvelopeResponses.of(Envelope.failure(ReturnCode.INCORRECT_PARAMETER,
                    "Malformed request (HTTP " + status + ")"));
        }
        return EnvelopeResponses.of(failures.report(exception));
    }
}
