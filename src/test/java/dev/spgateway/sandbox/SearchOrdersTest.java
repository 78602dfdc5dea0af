package dev.spgateway.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import dev.spgateway.sandbox.orders.LedgerOrder;
import dev.spgateway.sandbox.orders.OrderLedger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Orders API 2026-01-01: filters, pagination tokens, the order book's life on the clock, roles, usage plans. */
class SearchOrdersTest {

    private static final String SEARCH = "/orders/2026-01-01/orders";

    private final SandboxFixture f = new SandboxFixture(true);

    @AfterEach
    void stop() {
        f.close();
    }

    private String ago(Duration ago) {
        return URLEncoder.encode(f.clock.instant().minus(ago).toString(), StandardCharsets.UTF_8);
    }

    @Test
    void parameterRulesFollowTheModel() {
        assertEquals(400, f.client.get(SEARCH, f.token).status());
        assertEquals(400, f.client.get(SEARCH + "?createdAfter=" + ago(Duration.ofDays(1)) + "&lastUpdatedAfter="
                + ago(Duration.ofDays(1)), f.token).status());
        assertEquals(400, f.client.get(SEARCH + "?lastUpdatedAfter=" + ago(Duration.ofDays(1)) + "&createdBefore="
                + ago(Duration.ofHours(1)), f.token).status());
        assertEquals(400, f.client.get(SEARCH + "?createdAfter=" + ago(Duration.ofMinutes(1)), f.token).status());
        assertEquals(400, f.client.get(SEARCH + "?createdAfter=" + ago(Duration.ofDays(1)) + "&createdBefore="
                + ago(Duration.ofMinutes(1)), f.token).status());
        assertEquals(400, f.client.get(SEARCH + "?createdAfter=" + ago(Duration.ofDays(1)) + "&maxResultsPerPage=101",
                f.token).status());
        var ok = f.client.get(SEARCH + "?lastUpdatedAfter=" + ago(Duration.ofDays(2)) + "&includedData=FULFILLMENT,PROCEEDS",
                f.token);
        assertEquals(200, ok.status(), ok.text());
        assertEquals(f.clock.instant().minus(Duration.ofMinutes(2)).toString(), ok.json().get("lastUpdatedBefore").asText());
        assertEquals(404, f.client.get(SEARCH + "/000-0000000-0000000", f.token).status());
        ModelContract.assertAllValid(f.client.exchanges, "");
        // outside the model's enum: refused, and the validator agrees the request is wrong
        assertEquals(400, f.client.get(SEARCH + "?createdAfter=" + ago(Duration.ofDays(1))
                + "&fulfillmentStatuses=Shipped", f.token).status());
    }

    @Test
    void everyOrderOfTheWindowComesOnceWhileTheBookChanges() {
        f.control.setOrderBookSize(f.sellerId, 2000);
        Instant start = f.clock.instant();
        long expected = new OrderLedger().ordersAt(f.control.seller(f.sellerId), start.minus(Duration.ofMinutes(2)))
                .size();
        assertTrue(expected >= 2000, "orders placed: " + expected);
        Set<String> seen = new HashSet<>();
        String query = SEARCH + "?createdAfter=" + ago(Duration.ofDays(91)) + "&includedData=FULFILLMENT";
        String url = query;
        int pages = 0;
        while (url != null) {
            var page = f.client.get(url, f.token);
            assertEquals(200, page.status(), page.text());
            JsonNode body = page.json();
            assertTrue(body.get("orders").size() <= 100);
            body.get("orders").forEach(o -> assertTrue(seen.add(o.get("orderId").asText()), o.toString()));
            pages++;
            // orders keep coming and changing between pages, as they do on Amazon
            f.clock.advance(Duration.ofMinutes(50));
            f.control.resetRateLimits();
            f.refreshAccessToken();
            url = body.has("pagination") ? query + "&paginationToken="
                    + URLEncoder.encode(body.at("/pagination/nextToken").asText(), StandardCharsets.UTF_8) : null;
        }
        assertEquals(expected, seen.size());
        assertEquals((expected + 99) / 100, pages);
        ModelContract.assertAllValid(f.client.exchanges, "");
    }

    @Test
    void ordersChangeStatusOnTheClockAndShowInUpdateSearches() {
        f.control.setOrderBookSize(f.sellerId, 500);
        var seller = f.control.seller(f.sellerId);
        Instant now = f.clock.instant();
        LedgerOrder pending = null;
        for (int k = 0; pending == null; k++) {
            LedgerOrder o = OrderLedger.order(seller, k);
            if (o.createdTime().isAfter(now) && o.shippedAt().isPresent()) {
                pending = o;
            }
        }
        f.clock.set(pending.createdTime().plusSeconds(1));
        f.refreshAccessToken();
        String path = SEARCH + "/" + pending.orderId() + "?includedData=FULFILLMENT";
        assertEquals("PENDING", f.client.get(path, f.token).json().at("/order/fulfillment/fulfillmentStatus").asText());
        f.clock.set(pending.shippedAt().get().plus(Duration.ofMinutes(5)));
        f.refreshAccessToken();
        var shipped = f.client.get(path, f.token).json().get("order");
        assertEquals("SHIPPED", shipped.at("/fulfillment/fulfillmentStatus").asText());
        assertEquals(pending.shippedAt().get().toString(), shipped.get("lastUpdatedTime").asText());
        String since = URLEncoder.encode(pending.shippedAt().get().toString(), StandardCharsets.UTF_8);
        var updated = f.client.get(SEARCH + "?lastUpdatedAfter=" + since + "&fulfillmentStatuses=SHIPPED"
                + "&includedData=FULFILLMENT", f.token).json();
        Set<String> ids = new HashSet<>();
        updated.get("orders").forEach(o -> ids.add(o.get("orderId").asText()));
        assertTrue(ids.contains(pending.orderId()), updated.toString());
        ModelContract.assertAllValid(f.client.exchanges, "");
    }

    @Test
    void buyerAndRecipientDataNeedTheRoles() {
        String url = SEARCH + "?createdAfter=" + ago(Duration.ofDays(3)) + "&maxResultsPerPage=5";
        var withRole = f.client.get(url + "&includedData=BUYER,RECIPIENT", f.token).json();
        assertTrue(withRole.at("/orders/0/buyer/buyerEmail").isTextual());
        assertTrue(withRole.at("/orders/0/recipient/deliveryAddress/addressLine1").isTextual());
        assertFalse(f.client.get(url, f.token).json().at("/orders/0").has("buyer"));

        var app = f.control.registerApplication(false);
        String token = f.client.accessToken(app.clientId(), app.clientSecret(),
                f.control.authorize(f.sellerId, app.clientId()));
        var denied = f.client.get(url + "&includedData=BUYER", token);
        assertEquals(403, denied.status());
        assertEquals("AccessDeniedException", denied.json().at("/errors/0/code").asText());
        var plain = f.client.get(url, token);
        assertEquals(200, plain.status());
        assertFalse(plain.json().at("/orders/0").has("recipient"));
        f.control.denyOrdersWithoutRoles(f.sellerId, true);
        assertEquals(403, f.client.get(url, token).status());
        assertEquals(200, f.client.get(url, f.token).status());
        ModelContract.assertAllValid(f.client.exchanges, "");
    }

    @Test
    void tokensNeedTheirRequestsParametersAndExpireAfterADay() {
        String query = SEARCH + "?createdAfter=" + ago(Duration.ofDays(30)) + "&maxResultsPerPage=10";
        String token = URLEncoder.encode(f.client.get(query, f.token).json().at("/pagination/nextToken").asText(),
                StandardCharsets.UTF_8);
        assertEquals(200, f.client.get(query + "&maxResultsPerPage=20&paginationToken=" + token, f.token).status());
        assertEquals(400, f.client.get(query + "&fulfilledBy=AMAZON&paginationToken=" + token, f.token).status());
        assertEquals(400, f.client.get(query + "&paginationToken=garbage", f.token).status());
        f.clock.advance(Duration.ofHours(24));
        f.refreshAccessToken();
        var expired = f.client.get(query + "&paginationToken=" + token, f.token);
        assertEquals(400, expired.status());
        assertTrue(expired.json().at("/errors/0/details").asText().contains("expired"));
    }

    @Test
    void usagePlansAreTheModels() {
        String url = SEARCH + "?createdAfter=" + ago(Duration.ofDays(1)) + "&maxResultsPerPage=1";
        for (int i = 0; i < 20; i++) {
            assertEquals(200, f.client.get(url, f.token).status());
        }
        var throttled = f.client.get(url, f.token);
        assertEquals(429, throttled.status());
        assertNotEquals(null, throttled.json().at("/errors/0/code").asText());
        f.clock.advance(Duration.ofSeconds(170));
        assertEquals(429, f.client.get(url, f.token).status());
        f.clock.advance(Duration.ofSeconds(10));
        var refilled = f.client.get(url, f.token);
        assertEquals(200, refilled.status());
        assertEquals("0.0056", refilled.header("x-amzn-RateLimit-Limit"));
        ModelContract.assertAllValid(f.client.exchanges, "");
    }
}
