package dev.spgateway.sandbox.orders;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.spgateway.sandbox.http.Json;
import dev.spgateway.sandbox.lwa.Application;
import dev.spgateway.sandbox.lwa.LwaRegistry;
import dev.spgateway.sandbox.spapi.ApiError;
import dev.spgateway.sandbox.spapi.ApiResponse;
import dev.spgateway.sandbox.spapi.SpApiCall;
import dev.spgateway.sandbox.spapi.SpApiGate;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Set;

/**
 * Orders API 2026-01-01: searchOrders and getOrder over the {@link OrderLedger}. Buyer and recipient data only
 * for applications with the restricted roles; others asking for them get 403 {@code AccessDeniedException}.
 * Pagination tokens hold the last order served and the window's upper end, so a walk neither repeats nor
 * skips an order while the book changes, and they expire after 24 hours as Amazon's do.
 */
public final class SearchOrdersApi {

    static final String BASE = "/orders/2026-01-01/orders";
    static final Duration TOKEN_LIFETIME = Duration.ofHours(24);

    private final Clock clock;
    private final LwaRegistry lwa;
    private final OrderLedger ledger;

    public SearchOrdersApi(Clock clock, LwaRegistry lwa, OrderLedger ledger) {
        this.clock = clock;
        this.lwa = lwa;
        this.ledger = ledger;
    }

    public void registerWith(SpApiGate gate) {
        gate.register("searchOrders", "GET", BASE, this::searchOrders);
        gate.register("getOrder", "GET", BASE + "/{orderId}", this::getOrder);
    }

    ApiResponse searchOrders(SpApiCall call) throws ApiError {
        Instant now = clock.instant();
        OrderSearch search = OrderSearch.of(call.request(), now);
        checkRoles(call, search.included());
        Position from = null;
        String token = call.request().queryParam("paginationToken");
        if (token != null) {
            from = Position.open(token, search.fingerprint(), now);
            search = new OrderSearch(search.byCreation(), search.after(), from.before(), search.statuses(),
                    search.marketplaces(), search.fulfilledBy(), search.pageSize(), search.included(),
                    search.fingerprint());
        }
        OrderSearch s = search;
        Position start = from;
        List<LedgerOrder> matching = ledger.ordersAt(call.seller(), now).stream()
                .filter(o -> s.matches(o, now))
                .filter(o -> start == null || start.isBefore(s.key(o, now), o.orderId()))
                .sorted(s.order(now))
                .limit(s.pageSize() + 1L)
                .toList();
        ObjectNode body = Json.object();
        ArrayNode orders = body.putArray("orders");
        matching.stream().limit(s.pageSize()).forEach(o -> orders.add(OrderJson.order(o, now, s.included())));
        if (matching.size() > s.pageSize()) {
            LedgerOrder last = matching.get(s.pageSize() - 1);
            body.putObject("pagination").put("nextToken", new Position(s.key(last, now), last.orderId(), s.before(),
                    s.fingerprint(), from == null ? now : from.issued()).seal());
        }
        body.put(s.byCreation() ? "createdBefore" : "lastUpdatedBefore", OrderJson.time(s.before()));
        return ApiResponse.ok(body);
    }

    ApiResponse getOrder(SpApiCall call) throws ApiError {
        Instant now = clock.instant();
        Set<String> included = Set.copyOf(call.request().queryList("includedData"));
        for (String dataset : included) {
            if (!OrderSearch.DATASETS.contains(dataset)) {
                throw ApiError.invalidInput("Invalid Input", dataset + " is not a valid value of includedData.");
            }
        }
        checkRoles(call, included);
        String orderId = call.path("orderId");
        LedgerOrder order = ledger.find(call.seller(), orderId, now)
                .orElseThrow(() -> ApiError.notFound("Order " + orderId + " was not found."));
        return ApiResponse.ok(Json.object().set("order", OrderJson.order(order, now, included)));
    }

    private void checkRoles(SpApiCall call, Set<String> included) throws ApiError {
        boolean roles = lwa.application(call.grant().clientId()).map(Application::restrictedRole).orElse(false);
        boolean personal = included.contains(OrderJson.BUYER) || included.contains(OrderJson.RECIPIENT);
        if (!roles && (personal || call.seller().buyerDataDenied())) {
            throw new ApiError(403, "AccessDeniedException", "Access to requested resource is denied.",
                    "The application is not registered for the roles that buyer and recipient data require.");
        }
    }

    /** Where a walk stands: after (key, orderId) within a window ending at before. */
    record Position(Instant key, String orderId, Instant before, String fingerprint, Instant issued) {

        boolean isBefore(Instant otherKey, String otherId) {
            int c = key.compareTo(otherKey);
            return c < 0 || c == 0 && orderId.compareTo(otherId) < 0;
        }

        String seal() {
            String json = Json.text(Json.object().put("k", key.toString()).put("o", orderId).put("b", before.toString())
                    .put("f", fingerprint).put("i", issued.toString()));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
        }

        static Position open(String token, String fingerprint, Instant now) throws ApiError {
            Position p;
            try {
                JsonNode n = Json.parse(new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8));
                p = new Position(Instant.parse(n.get("k").asText()), n.get("o").asText(),
                        Instant.parse(n.get("b").asText()), n.get("f").asText(), Instant.parse(n.get("i").asText()));
            } catch (RuntimeException e) {
                throw ApiError.invalidInput("Invalid Input", "The paginationToken is not valid.");
            }
            if (!p.fingerprint().equals(fingerprint)) {
                throw ApiError.invalidInput("Invalid Input", "A paginationToken must be sent with the same parameters"
                        + " as the request that returned it.");
            }
            if (!now.isBefore(p.issued().plus(TOKEN_LIFETIME))) {
                throw ApiError.invalidInput("Invalid Input", "The paginationToken has expired.");
            }
            return p;
        }
    }
}
