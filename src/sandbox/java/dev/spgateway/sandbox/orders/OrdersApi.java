package dev.spgateway.sandbox.orders;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.spgateway.sandbox.http.Json;
import dev.spgateway.sandbox.http.SandboxRequest;
import dev.spgateway.sandbox.lwa.Grant;
import dev.spgateway.sandbox.spapi.ApiError;
import dev.spgateway.sandbox.spapi.ApiResponse;
import dev.spgateway.sandbox.spapi.SpApiCall;
import dev.spgateway.sandbox.spapi.SpApiGate;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Orders API v0: getOrders, getOrder, getOrderItems, with PII only under a Restricted Data Token. */
public final class OrdersApi {

    private static final String BASE = "/orders/v0/orders";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ISO_INSTANT;
    /** Amazon wants CreatedBefore/LastUpdatedBefore at least two minutes in the past. */
    private static final Duration LATEST_BEFORE = Duration.ofMinutes(2);

    private final Clock clock;

    public OrdersApi(Clock clock) {
        this.clock = clock;
    }

    public void registerWith(SpApiGate gate) {
        gate.register("getOrders", "GET", BASE, this::getOrders);
        gate.register("getOrder", "GET", BASE + "/{orderId}", this::getOrder);
        gate.register("getOrderItems", "GET", BASE + "/{orderId}/orderItems", this::getOrderItems);
    }

    ApiResponse getOrders(SpApiCall call) throws ApiError {
        SandboxRequest q = call.request();
        List<String> marketplaceIds = q.queryList("MarketplaceIds");
        if (marketplaceIds.isEmpty()) {
            throw ApiError.invalidInput("Missing required parameter MarketplaceIds", "");
        }
        if (marketplaceIds.size() > 50) {
            throw ApiError.invalidInput("MarketplaceIds accepts at most 50 values", "");
        }
        String nextToken = q.queryParam("NextToken");
        Map<String, List<String>> filters = q.query();
        int offset = 0;
        if (nextToken != null) {
            // NextToken stands for the original filters; only MarketplaceIds is sent along with it
            try {
                String decoded = new String(Base64.getUrlDecoder().decode(nextToken), StandardCharsets.UTF_8);
                int bar = decoded.indexOf('|');
                offset = Integer.parseInt(decoded.substring(0, bar));
                filters = SandboxRequest.parseForm(decoded.substring(bar + 1));
            } catch (RuntimeException e) {
                throw ApiError.invalidInput("Invalid NextToken", "");
            }
        }
        Instant now = clock.instant();
        Instant createdAfter = time(filters, "CreatedAfter");
        Instant createdBefore = time(filters, "CreatedBefore");
        Instant updatedAfter = time(filters, "LastUpdatedAfter");
        Instant updatedBefore = time(filters, "LastUpdatedBefore");
        if (createdAfter == null && updatedAfter == null) {
            throw ApiError.invalidInput("Either CreatedAfter or LastUpdatedAfter must be specified", "");
        }
        if (createdAfter != null && (updatedAfter != null || updatedBefore != null)) {
            throw ApiError.invalidInput("LastUpdatedAfter and LastUpdatedBefore cannot be set when CreatedAfter is set", "");
        }
        if (updatedAfter != null && createdBefore != null) {
            throw ApiError.invalidInput("CreatedAfter and CreatedBefore cannot be set when LastUpdatedAfter is set", "");
        }
        Instant latest = now.minus(LATEST_BEFORE);
        if (createdBefore != null && (createdBefore.isAfter(latest) || createdBefore.isBefore(createdAfter))) {
            throw ApiError.invalidInput("CreatedBefore must be on or after CreatedAfter and at least 2 minutes before the time of the request", "");
        }
        if (updatedBefore != null && (updatedBefore.isAfter(latest) || updatedBefore.isBefore(updatedAfter))) {
            throw ApiError.invalidInput("LastUpdatedBefore must be on or after LastUpdatedAfter and at least 2 minutes before the time of the request", "");
        }
        if (createdAfter != null && createdAfter.isAfter(latest) || updatedAfter != null && updatedAfter.isAfter(latest)) {
            throw ApiError.invalidInput("CreatedAfter and LastUpdatedAfter must be at least 2 minutes before the time of the request", "");
        }
        int pageSize = 100;
        List<String> max = filters.get("MaxResultsPerPage");
        if (max != null) {
            try {
                pageSize = Integer.parseInt(max.get(0));
            } catch (NumberFormatException e) {
                pageSize = 0;
            }
            if (pageSize < 1 || pageSize > 100) {
                throw ApiError.invalidInput("MaxResultsPerPage must be between 1 and 100", "");
            }
        }
        List<String> statuses = list(filters, "OrderStatuses");
        List<String> channels = list(filters, "FulfillmentChannels");
        List<String> ids = list(filters, "AmazonOrderIds");
        Instant upper = createdBefore != null ? createdBefore : updatedBefore != null ? updatedBefore : latest;
        List<OrderBook.Order> matching = OrderBook.orders(call.seller()).stream()
                .filter(o -> marketplaceIds.contains(o.marketplace().id()))
                .filter(o -> createdAfter == null || (!o.purchaseDate().isBefore(createdAfter) && !o.purchaseDate().isAfter(upper)))
                .filter(o -> updatedAfter == null || (!o.lastUpdateDate().isBefore(updatedAfter) && !o.lastUpdateDate().isAfter(upper)))
                .filter(o -> statuses.isEmpty() || statuses.contains(o.status()))
                .filter(o -> channels.isEmpty() || channels.contains(o.afn() ? "AFN" : "MFN"))
                .filter(o -> ids.isEmpty() || ids.contains(o.amazonOrderId()))
                .sorted(Comparator.comparing(OrderBook.Order::purchaseDate))
                .toList();
        Set<String> pii = piiElements(call.grant(), "GET", "/orders/v0/orders");
        ObjectNode payload = Json.object();
        ArrayNode orders = payload.putArray("Orders");
        int end = Math.min(matching.size(), offset + pageSize);
        for (int i = offset; i < end; i++) {
            orders.add(order(matching.get(i), pii));
        }
        if (end < matching.size()) {
            String rawFilters = nextToken == null ? q.uri().getRawQuery() : encode(filters);
            payload.put("NextToken", Base64.getUrlEncoder().withoutPadding()
                    .encodeToString((end + "|" + rawFilters).getBytes(StandardCharsets.UTF_8)));
        }
        if (createdAfter != null) {
            payload.put("CreatedBefore", TIME.format(upper));
        } else {
            payload.put("LastUpdatedBefore", TIME.format(upper));
        }
        return ApiResponse.ok(Json.object().set("payload", payload));
    }

    ApiResponse getOrder(SpApiCall call) throws ApiError {
        OrderBook.Order order = find(call);
        Set<String> pii = piiElements(call.grant(), "GET", call.request().path());
        return ApiResponse.ok(Json.object().set("payload", order(order, pii)));
    }

    ApiResponse getOrderItems(SpApiCall call) throws ApiError {
        OrderBook.Order order = find(call);
        ObjectNode payload = Json.object();
        ArrayNode items = payload.putArray("OrderItems");
        boolean shipped = "Shipped".equals(order.status());
        String currency = order.marketplace().currency();
        for (OrderBook.Item item : order.items()) {
            ObjectNode node = items.addObject();
            node.put("ASIN", item.asin());
            node.put("SellerSKU", item.sku());
            node.put("OrderItemId", item.orderItemId());
            node.put("Title", item.title());
            node.put("QuantityOrdered", item.quantity());
            node.put("QuantityShipped", shipped ? item.quantity() : 0);
            if (!"Pending".equals(order.status())) {
                node.set("ItemPrice", money(currency, item.unitCents() * item.quantity()));
                node.set("ItemTax", money(currency, 0));
                node.set("PromotionDiscount", money(currency, 0));
            }
            node.put("IsGift", "false");
            node.put("ConditionId", "New");
            node.put("ConditionSubtypeId", "New");
            node.put("IsTransparency", false);
        }
        payload.put("AmazonOrderId", order.amazonOrderId());
        return ApiResponse.ok(Json.object().set("payload", payload));
    }

    private OrderBook.Order find(SpApiCall call) throws ApiError {
        String orderId = call.path("orderId");
        return OrderBook.orders(call.seller()).stream().filter(o -> o.amazonOrderId().equals(orderId)).findFirst()
                .orElseThrow(() -> ApiError.notFound("Order " + orderId + " was not found."));
    }

    private ObjectNode order(OrderBook.Order o, Set<String> pii) {
        ObjectNode n = Json.object();
        n.put("AmazonOrderId", o.amazonOrderId());
        n.put("PurchaseDate", TIME.format(o.purchaseDate()));
        n.put("LastUpdateDate", TIME.format(o.lastUpdateDate()));
        n.put("OrderStatus", o.status());
        n.put("FulfillmentChannel", o.afn() ? "AFN" : "MFN");
        n.put("SalesChannel", o.marketplace().name());
        n.put("ShipServiceLevel", "Std " + o.marketplace().countryCode() + " D2D Dom");
        if (!"Pending".equals(o.status())) {
            n.set("OrderTotal", money(o.marketplace().currency(), o.totalCents()));
        }
        int quantity = o.items().stream().mapToInt(OrderBook.Item::quantity).sum();
        boolean shipped = "Shipped".equals(o.status());
        n.put("NumberOfItemsShipped", shipped ? quantity : 0);
        n.put("NumberOfItemsUnshipped", shipped || "Canceled".equals(o.status()) ? 0 : quantity);
        n.put("PaymentMethod", "Other");
        n.putArray("PaymentMethodDetails").add("Standard");
        n.put("MarketplaceId", o.marketplace().id());
        n.put("ShipmentServiceLevelCategory", "Standard");
        n.put("OrderType", "StandardOrder");
        n.put("EarliestShipDate", TIME.format(o.purchaseDate().plus(Duration.ofDays(1))));
        n.put("LatestShipDate", TIME.format(o.purchaseDate().plus(Duration.ofDays(3))));
        n.put("IsBusinessOrder", false);
        n.put("IsPrime", o.prime());
        n.put("IsPremiumOrder", false);
        n.put("IsGlobalExpressEnabled", false);
        n.put("IsReplacementOrder", false);
        n.put("IsSoldByAB", false);
        n.put("IsISPU", false);
        n.put("IsAccessPointOrder", false);
        if (pii.contains("shippingAddress")) {
            ObjectNode address = n.putObject("ShippingAddress");
            address.put("Name", o.buyerName());
            address.put("AddressLine1", o.addressLine1());
            address.put("City", o.city());
            address.put("StateOrRegion", o.stateOrRegion());
            address.put("PostalCode", o.postalCode());
            address.put("CountryCode", o.marketplace().countryCode());
            address.put("AddressType", "Residential");
        }
        if (pii.contains("buyerInfo")) {
            ObjectNode buyer = n.putObject("BuyerInfo");
            buyer.put("BuyerEmail", o.buyerEmail());
            buyer.put("BuyerName", o.buyerName());
        }
        return n;
    }

    /** The data elements the call's RDT grants for this resource; none for a plain access token. */
    private static Set<String> piiElements(Grant grant, String method, String path) {
        if (!grant.isRestrictedDataToken()) {
            return Set.of();
        }
        return grant.restrictedResources().stream()
                .filter(r -> r.method().equals(method))
                .filter(r -> path.matches(java.util.regex.Pattern.quote(r.path()).replace("{orderId}", "\\E[^/]+\\Q")))
                .flatMap(r -> r.dataElements().stream())
                .collect(java.util.stream.Collectors.toSet());
    }

    private static ObjectNode money(String currency, long cents) {
        ObjectNode m = Json.object();
        m.put("CurrencyCode", currency);
        m.put("Amount", String.format(Locale.ROOT, "%d.%02d", cents / 100, cents % 100));
        return m;
    }

    private static Instant time(Map<String, List<String>> filters, String name) throws ApiError {
        List<String> values = filters.get(name);
        if (values == null || values.isEmpty()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(values.get(0)).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return Instant.parse(values.get(0));
            } catch (DateTimeParseException e2) {
                throw ApiError.invalidInput("Invalid Input", name + " is not a valid ISO 8601 date-time");
            }
        }
    }

    private static List<String> list(Map<String, List<String>> filters, String name) {
        return filters.getOrDefault(name, List.of()).stream().flatMap(v -> List.of(v.split(",")).stream())
                .filter(v -> !v.isBlank()).toList();
    }

    private static String encode(Map<String, List<String>> filters) {
        StringBuilder out = new StringBuilder();
        filters.forEach((k, vs) -> vs.forEach(v -> out.append(out.length() == 0 ? "" : "&")
                .append(java.net.URLEncoder.encode(k, StandardCharsets.UTF_8)).append('=')
                .append(java.net.URLEncoder.encode(v, StandardCharsets.UTF_8))));
        return out.toString();
    }
}
