package dev.spgateway.api.control;

import dev.spgateway.platform.control.JsonDocuments;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.stream.JsonGenerator;
import java.io.OutputStream;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Map;

/**
 * Writes envelopes as a stream with nulls kept: API2Cart answers show absent values as {@code null}, and
 * clients rely on every documented key being present. Results are plain maps, lists and scalars, written
 * straight through JSON-P's generator: binding them through JSON-B looked up a serializer for every value
 * and cost a product page more than finding it. Anything else is left to JSON-B.
 */
public final class EnvelopeJson {

    private static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig().withNullValues(true));
    private static final int INITIAL_CHARS = 4096;

    private EnvelopeJson() {
    }

    public static void write(Envelope envelope, OutputStream out) {
        try (JsonGenerator generator = JsonDocuments.generator(out)) {
            write(generator, envelope.toWire());
        }
    }

    public static String toJson(Envelope envelope) {
        StringWriter text = new StringWriter(INITIAL_CHARS);
        try (JsonGenerator generator = JsonDocuments.generator(text)) {
            write(generator, envelope.toWire());
        }
        return text.toString();
    }

    private static void write(JsonGenerator generator, Object value) {
        if (value == null) {
            generator.writeNull();
        } else if (value instanceof String text) {
            generator.write(text);
        } else if (value instanceof Map<?, ?> map) {
            generator.writeStartObject();
            map.forEach((name, member) -> write(generator.writeKey(String.valueOf(name)), member));
            generator.writeEnd();
        } else if (value instanceof Iterable<?> list) {
            generator.writeStartArray();
            list.forEach(element -> write(generator, element));
            generator.writeEnd();
        } else if (value instanceof Boolean flag) {
            generator.write(flag);
        } else if (value instanceof Integer || value instanceof Long || value instanceof Short
                || value instanceof Byte) {
            generator.write(((Number) value).longValue());
        } else if (value instanceof BigDecimal decimal) {
            generator.write(decimal);
        } else if (value instanceof BigInteger integer) {
            generator.write(integer);
        } else if (value instanceof Double || value instanceof Float) {
            generator.write(((Number) value).doubleValue());
        } else if (value instanceof JsonValue json) {
            generator.write(json);
        } else {
            generator.write(bound(value));
        }
    }

    private static JsonValue bound(Object value) {
        try (var reader = JsonDocuments.reader(JSONB.toJson(value))) {
            return reader.readValue();
        }
    }
}
