package dev.spgateway.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Orders v0: parameter rules, NextToken paging, and PII only through Restricted Data Tokens. */
class OrdersTest {

    private final SandboxFixture f = new SandboxFixture(true);

    @AfterEach
    void stop() {
        f.close();
    }

    private String since(Duration ago) {
        return URLEncoder.encode(f.clock.instant().minus(ago).toString(), StandardCharsets.UTF_8);
    }

    @Test
    void requiredParameterRules() {
        String base = "/orders/v0/orders?MarketplaceIds=ATVPDKIKX0DER";
        assertEquals(400, f.client.get("/orders/v0/orders?CreatedAfter=" + since(Duration.ofDays(1)), f.token).status());
        assertEquals(400, f.client.get(base, f.token).status());
        assertEquals(400, f.client.get(base + "&CreatedAfter=" + since(Duration.ofDays(1)) + "&LastUpdatedAfter="
                + since(Duration.ofDays(1)), f.token).status());
        assertEquals(400, f.client.get(base + "&LastUpdatedAfter=" + since(Duration.ofDays(1)) + "&CreatedBefore="
                + since(Duration.ofHours(1)), f.token).status());
        assertEquals(400, f.client.get(base + "&CreatedAfter=" + since(Duration.ofMinutes(1)), f.token).status());
        assertEquals(400, f.client.get(base + "&CreatedAfter=yesterday", f.token).status());
        assertEquals(400, f.client.get(base + "&CreatedAfter=" + since(Duration.ofDays(1)) + "&MaxResultsPerPage=101",
                f.token).status());
        var ok = f.client.get(base + "&LastUpdatedAfter=" + since(Duration.ofDays(30)), f.token);
        assertEquals(200, ok.status());
        assertTrue(ok.json().at("/payload/LastUpdatedBefore").isTextual());
        assertEquals("InvalidInput", f.client.get(base, f.token).json().at("/errors/0/code").asText());
    }

    @Test
    void nextTokenPagesThroughEveryOrderOnce() {
        f.control.setOrderCount(f.sellerId, 23);
        Set<String> seen = new HashSet<>();
        String url = "/orders/v0/orders?MarketplaceIds=ATVPDKIKX0DER&CreatedAfter=" + since(Duration.ofDays(60))
                + "&MaxResultsPerPage=5";
        int pages = 0;
        while (url != null) {
            JsonNode payload = f.client.get(url, f.token).json().get("payload");
            payload.get("Orders").forEach(o -> assertTrue(seen.add(o.get("AmazonOrderId").asText())));
            pages++;
            url = payload.has("NextToken") ? "/orders/v0/orders?MarketplaceIds=ATVPDKIKX0DER&NextToken="
                    + URLEncoder.encode(payload.get("NextToken").asText(), StandardCharsets.UTF_8) : null;
        }
        assertEquals(23, seen.size());
        assertEquals(5, pages);
    }

    @Test
    void piiOnlyWithARestrictedDataToken() {
        JsonNode order = f.client.get("/orders/v0/orders?MarketplaceIds=ATVPDKIKX0DER&CreatedAfter="
                + since(Duration.ofDays(30)), f.token).json().at("/payload/Orders/0");
        String id = order.get("AmazonOrderId").asText();
        assertFalse(order.has("ShippingAddress"));
        assertFalse(order.has("BuyerInfo"));

        String rdt = f.client.post("/tokens/2021-03-01/restrictedDataToken", f.token,
                "{\"restrictedResources\":[{\"method\":\"GET\",\"path\":\"/orders/v0/orders/" + id
                        + "\",\"dataElements\":[\"shippingAddress\"]}]}").json().get("restrictedDataToken").asText();
        assertTrue(rdt.startsWith("Atz.sprdt|"));
        JsonNode restricted = f.client.get("/orders/v0/orders/" + id, rdt).json().get("payload");
        assertTrue(restricted.get("ShippingAddress").has("AddressLine1"));
        assertNull(restricted.get("BuyerInfo"));
        // an RDT opens only the resources it names
        assertEquals(403, f.client.get("/sellers/v1/marketplaceParticipations", rdt).status());
        assertEquals(403, f.client.get("/orders/v0/orders/" + id + "/orderItems", rdt).status());
        assertEquals(200, f.client.get("/orders/v0/orders/" + id + "/orderItems", f.token).status());
    }

    @Test
    void restrictedDataTokensOnlyForRestrictedRoleApplications() {
        var plain = f.control.registerApplication(false);
        String token = f.client.accessToken(plain.clientId(), plain.clientSecret(),
                f.control.authorize(f.sellerId, plain.clientId()));
        var refused = f.client.post("/tokens/2021-03-01/restrictedDataToken", token,
                "{\"restrictedResources\":[{\"method\":\"GET\",\"path\":\"/orders/v0/orders\",\"dataElements\":[\"buyerInfo\"]}]}");
        assertEquals(403, refused.status());
        assertEquals("Unauthorized", refused.json().at("/errors/0/code").asText());
        ModelContract.assertAllValid(f.client.exchanges, "");
    }
}
