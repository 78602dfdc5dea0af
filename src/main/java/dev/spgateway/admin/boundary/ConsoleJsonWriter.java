package dev.spgateway.admin.boundary;

import dev.spgateway.admin.control.AdminJson;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

/** Writes every answer of the console's endpoints as the console's JSON, never cached by the browser. */
@Produces(MediaType.APPLICATION_JSON)
public class ConsoleJsonWriter implements MessageBodyWriter<Object> {

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return true;
    }

    @Override
    public void writeTo(Object body, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
            MultivaluedMap<String, Object> headers, OutputStream out) {
        headers.putSingle(HttpHeaders.CONTENT_TYPE, "application/json;charset=UTF-8");
        headers.putSingle(HttpHeaders.CACHE_CONTROL, "no-store");
        AdminJson.toJson(body, out);
    }
}
