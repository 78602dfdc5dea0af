package dev.spgateway.api.boundary;

import dev.spgateway.api.control.Envelope;
import dev.spgateway.api.control.EnvelopeJson;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

/** Writes {@link Envelope} answers in API2Cart's JSON shape. */
@Provider
@Produces(MediaType.APPLICATION_JSON)
public class EnvelopeWriter implements MessageBodyWriter<Envelope> {

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return Envelope.class.isAssignableFrom(type);
    }

    @Override
    public void writeTo(Envelope envelope, Class<?> type, Type genericType, Annotation[] annotations,
            MediaType mediaType, MultivaluedMap<String, Object> headers, OutputStream out) {
        EnvelopeJson.write(envelope, out);
    }
}
