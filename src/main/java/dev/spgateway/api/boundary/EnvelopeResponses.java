package dev.spgateway.api.boundary;

import dev.spgateway.api.control.Envelope;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

final class EnvelopeResponses {

    private EnvelopeResponses() {
    }

    static Response of(Envelope envelope) {
        return Response.ok(envelope, MediaType.APPLICATION_JSON_TYPE).build();
    }
}
