package dev.spgateway.product.control;

import dev.spgateway.platform.control.JsonDocuments;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * API2Cart's opaque {@code page_cursor}: where a page starts, how long it is, and the filters it belongs to,
 * so that a client can walk a list by sending the cursor alone. {@link PageCursors} seals it; its contents
 * are checked again when it is read all the same, against the same rules as {@code start} and {@code count}.
 */
public record PageCursor(int start, int count, Map<String, String> filter) {

    private static final Set<String> MEMBERS = Set.of("s", "c", "f");

    public PageCursor {
        if (start < 0 || count < 1 || count > ProductRequest.MAX_COUNT) {
            throw new IllegalArgumentException("a page starts at 0 or later and holds 1 to "
                    + ProductRequest.MAX_COUNT + " products");
        }
        if (!ProductFilter.NAMES.containsAll(filter.keySet())) {
            throw new IllegalArgumentException("a cursor carries the product filters only");
        }
        filter = Map.copyOf(filter);
    }

    byte[] payload() {
        JsonObjectBuilder filterJson = JsonDocuments.objectBuilder();
        filter.forEach(filterJson::add);
        return JsonDocuments.objectBuilder().add("s", start).add("c", count).add("f", filterJson).build().toString()
                .getBytes(StandardCharsets.UTF_8);
    }

    /** The cursor in these bytes, or IllegalArgumentException for anything this gateway would not write. */
    static PageCursor fromPayload(byte[] payload) {
        try (var reader = JsonDocuments.reader(new String(payload, StandardCharsets.UTF_8))) {
            JsonObject object = reader.readObject();
            if (!MEMBERS.equals(object.keySet())) {
                throw new IllegalArgumentException("unexpected members");
            }
            Map<String, String> filter = new LinkedHashMap<>();
            object.getJsonObject("f").forEach((name, value) -> filter.put(name, ((JsonString) value).getString()));
            return new PageCursor(whole(object.get("s")), whole(object.get("c")), filter);
        } catch (JsonException | ClassCastException | ArithmeticException e) {
            throw new IllegalArgumentException("not a page cursor", e);
        }
    }

    private static int whole(JsonValue value) {
        return ((JsonNumber) value).intValueExact();
    }
}
