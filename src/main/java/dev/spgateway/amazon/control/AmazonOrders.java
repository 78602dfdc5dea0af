package dev.spgateway.amazon.control;

import dev.spgateway.platform.control.JsonDocuments;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/**
 * Amazon's Orders API 2026-01-01: orders updated since a watermark, page by page, and single orders. Buyer and
 * recipient data are asked for only when {@code personal}; an app without the roles gets
 * {@link BuyerDataRefused} and asks again without them.
 */
@ApplicationScoped
public class AmazonOrders {

    static final String ACCESS_DENIED = "AccessDeniedException";
    private static final String BASE_DATA = "PROCEEDS,FULFILLMENT";
    private static final String PERSONAL_DATA = ",BUYER,RECIPIENT";

    @Inject
    SpApiCalls calls;

    /** One page of orders updated at or after {@code since}; a token continues the walk it came from. */
    public OrderPage searchUpdated(SpApiCredentials credentials, Instant since, List<String> marketplaceIds,
            boolean personal, Optional<String> paginationToken) {
        String included = BASE_DATA + (personal ? PERSONAL_DATA : "");
        String after = DateTimeFormatter.ISO_INSTANT.format(since);
        SpApiResponse response = refusedAsBuyerData(() -> calls.call(credentials, SpApiOperation.SEARCH_ORDERS,
                OrdersApi.class, api -> api.searchOrders(after, String.join(",", marketplaceIds), included, 100,
                        paginationToken.orElse(null))), personal);
        JsonObject body = json(response.body());
        List<JsonObject> orders = body.getJsonArray("orders").getValuesAs(JsonObject.class);
        Optional<String> next = Optional.ofNullable(body.getJsonObject("pagination"))
                .map(p -> p.getString("nextToken", null));
        Instant before = Instant.parse(body.getString("lastUpdatedBefore"));
        return new OrderPage(orders, next, before);
    }

    /**
     * One page of the orders created in [after, before]; a token continues the walk. Its window end is
     * {@code before}: the page says nothing about orders changed later.
     */
    public OrderPage searchCreated(SpApiCredentials credentials, Instant after, Instant before,
            List<String> marketplaceIds, boolean personal, Optional<String> paginationToken) {
        String included = BASE_DATA + (personal ? PERSONAL_DATA : "");
        String from = DateTimeFormatter.ISO_INSTANT.format(after);
        String to = DateTimeFormatter.ISO_INSTANT.format(before);
        SpApiResponse response = refusedAsBuyerData(() -> calls.call(credentials, SpApiOperation.SEARCH_ORDERS,
                OrdersApi.class, api -> api.searchOrdersCreated(from, to, String.join(",", marketplaceIds), included,
                        100, paginationToken.orElse(null))), personal);
        JsonObject body = json(response.body());
        List<JsonObject> orders = body.getJsonArray("orders").getValuesAs(JsonObject.class);
        Optional<String> next = Optional.ofNullable(body.getJsonObject("pagination"))
                .map(p -> p.getString("nextToken", null));
        return new OrderPage(orders, next, before);
    }

    /** Whether searchOrders has more than {@code reserve} requests to spare right now, without waiting. */
    public boolean searchHasSpare(SpApiCredentials credentials, int reserve) {
        return calls.spare(credentials, SpApiOperation.SEARCH_ORDERS) > reserve;
    }

    public Optional<JsonObject> getOrder(SpApiCredentials credentials, String orderId, boolean personal) {
        String included = BASE_DATA + (personal ? PERSONAL_DATA : "");
        try {
            SpApiResponse response = refusedAsBuyerData(() -> calls.call(credentials, SpApiOperation.GET_ORDER,
                    OrdersApi.class, api -> api.getOrder(orderId, included)), personal);
            return Optional.of(json(response.body()).getJsonObject("order"));
        } catch (SpApiFailure e) {
            if (e.status() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }

    private static SpApiResponse refusedAsBuyerData(java.util.function.Supplier<SpApiResponse> call,
            boolean personal) {
        try {
            return call.get();
        } catch (SpApiFailure e) {
            if (personal && e.status() == 403 && ACCESS_DENIED.equals(e.code())) {
                throw new BuyerDataRefused();
            }
            throw e;
        }
    }

    private static JsonObject json(String body) {
        try (JsonReader reader = JsonDocuments.reader(body)) {
            JsonObject object = reader.readObject();
            if (object.get("orders") != null && object.get("orders").getValueType() != JsonValue.ValueType.ARRAY) {
                throw new JsonException("orders is not a list");
            }
            return object;
        } catch (JsonException | ClassCastException | NullPointerException e) {
            throw new SpApiUnavailable("Amazon's answer of the Orders API could not be read");
        }
    }

    /** A page of searchOrders, and the end of its window: the next watermark once the walk is done. */
    public record OrderPage(List<JsonObject> orders, Optional<String> nextToken, Instant lastUpdatedBefore) {
    }

    /** Amazon refused buyer or recipient data: the app lacks the restricted roles. */
    public static class BuyerDataRefused extends RuntimeException {

        private static final long serialVersionUID = 1L;

        public BuyerDataRefused() {
            super("the application may not read buyer and recipient data", null, false, false);
        }
    }
}
