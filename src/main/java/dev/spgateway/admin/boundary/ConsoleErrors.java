package dev.spgateway.admin.boundary;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.Locale;
import java.util.Map;

/**
 * What JAX-RS itself rejects on the console's endpoints (no such path, another verb) answers in the console's
 * JSON, {@code {"error": …}}, with its HTTP status.
 */
public class ConsoleErrors implements ExceptionMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException exception) {
        Response.StatusType status = exception.getResponse().getStatusInfo();
        String reason = status.getReasonPhrase();
        // the rejection's own headers stay, such as the Allow of a 405
        return Response.fromResponse(exception.getResponse()).entity(Map.of("error",
                reason == null ? "HTTP " + status.getStatusCode() : reason.toLowerCase(Locale.ROOT))).build();
    }

    static Response error(int status, String message) {
        return Response.status(status).entity(Map.of("error", message)).build();
    }
}
