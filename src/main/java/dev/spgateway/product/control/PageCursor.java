package dev.spgateway.product.control;

import dev.spgateway.api.control.ApiException;
import dev.spgateway.platform.control.JsonDocuments;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.stream.JsonParsingException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * API2Cart's opaque {@code page_cursor}: where a page starts, how long it is, and the filters it belongs to,
 * so that a client can walk a list by sending the cursor alone.
 */
public record PageCursor(int start, int count, Map<String, String> filter) {

    public PageCursor {
        filter = Map.copyOf(filter);
    }

    public String encode() {
        JsonObjectBuilder filterJson = JsonDocuments.objectBuilder();
        filter.forEach(filterJson::add);
        String json = JsonDocuments.objectBuilder().add("s", start).add("c", count).add("f", filterJson).build().toString();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    public static PageCursor decode(String cursor) {
        try {
            String json = new String(Base64.getUrlDecoder().decode(cursor.trim()), StandardCharsets.UTF_8);
            JsonObject object = JsonDocuments.reader(json).readObject();
            Map<String, String> filter = new LinkedHashMap<>();
            object.getJsonObject("f").forEach((name, value) -> filter.put(name, ((JsonString) value).getString()));
            return new PageCursor(object.getInt("s"), object.getInt("c"), filter);
        } catch (IllegalArgumentException | JsonParsingException | ClassCastException | NullPointerException e) {
            throw ApiException.incorrect("page_cursor", "not a cursor this gateway issued; use pagination.next or"
                    + " pagination.previous of an earlier answer");
        }
    }
}
