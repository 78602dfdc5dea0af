package dev.spgateway.api.boundary;

import dev.spgateway.api.control.ApiException;
import dev.spgateway.api.control.Envelope;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** An expected failure: its return code and message, with HTTP 200 as API2Cart answers. */
@Provider
public class ApiExceptionMapper implements ExceptionMapper<ApiException> {

    @Override
    public Response toResponse(ApiException exception) {
        return EnvelopeResponses.of(Envelope.failure(exception));
    }
}
