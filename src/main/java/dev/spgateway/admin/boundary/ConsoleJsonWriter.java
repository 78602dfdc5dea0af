package dev.spgateway.admin.boundary;

import dev.spgateway.admin.control.AdminJson;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

/**
 * Writes every answer of the console's endpoints as the console's JSON, never cached by the browser. The
 * filter wraps each answer in {@link Body} so that this writer, and not the runtime's own JSON provider
 * (which writes the same Java types), is always the one chosen.
 */
public class ConsoleJsonWriter implements MessageBodyWriter<ConsoleJsonWriter.Body>, ContainerResponseFilter {

    static final MediaType JSON = MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8");

    /** An answer on its way out. */
    public record Body(Object value) {
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, "no-store");
        if (response.hasEntity() && !(response.getEntity() instanceof Body)) {
            response.setEntity(new Body(response.getEntity()), response.getEntityAnnotations(), JSON);
        }
    }

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type == Body.class;
    }

    @Override
    public void writeTo(Body body, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
            MultivaluedMap<String, Object> headers, OutputStream out) {
        AdminJson.toJson(body.value(), out);
    }
}
