package dev.spgateway.api.control;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import java.io.OutputStream;

/**
 * Envelope serialisation with nulls kept: API2Cart answers show absent values as {@code null}, and clients
 * rely on every documented key being present.
 */
public final class EnvelopeJson {

    private static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig().withNullValues(true));

    private EnvelopeJson() {
    }

    public static void write(Envelope envelope, OutputStream out) {
        JSONB.toJson(envelope.toWire(), out);
    }

    public static String toJson(Envelope envelope) {
        return JSONB.toJson(envelope.toWire());
    }
}
