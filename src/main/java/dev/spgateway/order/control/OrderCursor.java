package dev.spgateway.order.control;

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
import java.util.Optional;
import java.util.Set;

/**
 * An order list's {@code page_cursor}: the filters it belongs to (so it may be sent alone), the page's length,
 * and the row it continues from, by sort key and order id: the next page is the rows after the last one shown,
 * the previous page the rows before the first one. An anchor never points at a position, so orders arriving
 * or changing while a client walks the list move no page boundary. {@link OrderCursors} seals it.
 */
public record OrderCursor(Map<String, String> filter, OrderPage page) {

    private static final Set<String> PLAIN = Set.of("f", "c", "b");
    private static final Set<String> ANCHORED = Set.of("f", "c", "b", "k", "o");

    public OrderCursor {
        if (!OrderRequest.CURSOR_FILTERS.containsAll(filter.keySet())) {
            throw new IllegalArgumentException("a cursor carries the order filters only");
        }
        if (!page.byKey()) {
            throw new IllegalArgumentException("a cursor continues from a row, never from an offset");
        }
        filter = Map.copyOf(filter);
    }

    byte[] payload() {
        JsonObjectBuilder filterJson = JsonDocuments.objectBuilder();
        filter.forEach(filterJson::add);
        JsonObjectBuilder json = JsonDocuments.objectBuilder().add("f", filterJson).add("c", page.count())
                .add("b", page.backward());
        page.anchor().ifPresent(anchor -> json.add("k", anchor.sortKey()).add("o", anchor.orderId()));
        return json.build().toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The cursor in these bytes, or IllegalArgumentException for anything this gateway would not write. */
    static OrderCursor fromPayload(byte[] payload) {
        try (var reader = JsonDocuments.reader(new String(payload, StandardCharsets.UTF_8))) {
            JsonObject object = reader.readObject();
            if (!PLAIN.equals(object.keySet()) && !ANCHORED.equals(object.keySet())) {
                throw new IllegalArgumentException("unexpected members");
            }
            Map<String, String> filter = new LinkedHashMap<>();
            object.getJsonObject("f").forEach((name, value) -> filter.put(name, ((JsonString) value).getString()));
            Optional<OrderPage.Anchor> anchor = object.containsKey("k") ? Optional.of(new OrderPage.Anchor(
                    object.getString("k"), object.getString("o"))) : Optional.empty();
            int count = ((JsonNumber) object.get("c")).intValueExact();
            boolean backward = object.get("b") == JsonValue.TRUE;
            if (!backward && object.get("b") != JsonValue.FALSE) {
                throw new IllegalArgumentException("no direction");
            }
            OrderPage page = backward ? OrderPage.before(anchor, count)
                    : OrderPage.after(anchor.orElseThrow(() -> new IllegalArgumentException("no anchor")), count);
            return new OrderCursor(filter, page);
        } catch (JsonException | ClassCastException | ArithmeticException | NullPointerException e) {
            throw new IllegalArgumentException("not a page cursor", e);
        }
    }
}
