package dev.spgateway.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import dev.spgateway.sandbox.http.Json;
import dev.spgateway.sandbox.time.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The /_sandbox/ HTTP control surface the standalone program is driven by. */
class ControlHttpTest {

    private final SpApiSandbox sandbox = SpApiSandbox.start(0, MutableClock.ticking());
    private final SandboxClient client = new SandboxClient(sandbox.baseUrl());

    @AfterEach
    void stop() {
        sandbox.stop();
    }

    private JsonNode control(String method, String path, String json) {
        var e = client.send(method, sandbox.baseUrl() + path, Map.of("Content-Type", "application/json"),
                json.getBytes(StandardCharsets.UTF_8));
        assertTrue(e.status() == 200 || e.status() == 204, path + " -> " + e.status() + " " + e.text());
        return e.responseBody().length == 0 ? null : e.json();
    }

    @Test
    void setUpAndDriveASellerOverHttp() {
        JsonNode app = control("POST", "/_sandbox/applications", "{\"restrictedRole\":true}");
        String clientId = app.get("clientId").asText();
        assertTrue(clientId.startsWith("amzn1.application-oa2-client."));
        String sellerId = control("POST", "/_sandbox/sellers",
                "{\"sellerId\":\"A2EXAMPLE1SELLER\",\"marketplaceIds\":[\"ATVPDKIKX0DER\"]}").get("sellerId").asText();
        String refreshToken = control("POST", "/_sandbox/authorizations",
                "{\"clientId\":\"" + clientId + "\",\"sellerId\":\"" + sellerId + "\"}").get("refreshToken").asText();
        assertTrue(refreshToken.startsWith("Atzr|"));
        control("PUT", "/_sandbox/sellers/" + sellerId + "/report-durations", "{\"inQueueSeconds\":1,\"inProgressSeconds\":2}");
        control("PUT", "/_sandbox/sellers/" + sellerId + "/catalog", "{\"size\":12,\"seed\":5,\"encoding\":\"UTF8\"}");
        JsonNode user = control("POST", "/_sandbox/iam/users", "{}");
        assertTrue(user.get("accessKeyId").asText().matches("AKIA[A-Z0-9]{16}"));
        control("POST", "/_sandbox/iam/roles", "{\"roleArn\":\"arn:aws:iam::123456789012:role/Demo\",\"trustedAccessKeyId\":\""
                + user.get("accessKeyId").asText() + "\"}");

        String token = client.accessToken(clientId, app.get("clientSecret").asText(), refreshToken);
        String reportId = client.post("/reports/2021-06-30/reports", token,
                "{\"reportType\":\"GET_MERCHANT_LISTINGS_ALL_DATA\",\"marketplaceIds\":[\"ATVPDKIKX0DER\"]}")
                .json().get("reportId").asText();
        control("POST", "/_sandbox/clock", "{\"advanceSeconds\":3}");
        JsonNode report = client.get("/reports/2021-06-30/reports/" + reportId, token).json();
        assertEquals("DONE", report.get("processingStatus").asText());

        control("POST", "/_sandbox/faults", "{\"operation\":\"getReport\",\"kind\":\"STATUS\",\"status\":503,\"times\":1}");
        assertEquals(503, client.get("/reports/2021-06-30/reports/" + reportId, token).status());
        JsonNode counts = control("GET", "/_sandbox/calls", "");
        assertEquals(2, counts.get("getReport").asInt());
        assertEquals(1, counts.get("lwaToken").asInt());
        JsonNode calls = control("GET", "/_sandbox/calls/getReport", "");
        assertEquals(503, calls.get(1).get("status").asInt());

        String rotated = control("POST", "/_sandbox/applications/" + clientId + "/secret/rotate", "").get("clientSecret").asText();
        assertEquals(token.length(), client.accessToken(clientId, rotated, refreshToken).length());
        control("POST", "/_sandbox/refresh-tokens/revoke", "{\"refreshToken\":\"" + refreshToken + "\"}");
        var revoked = client.form(sandbox.lwaUrl(), "grant_type=refresh_token&refresh_token=" + SandboxClient.enc(refreshToken)
                + "&client_id=" + clientId + "&client_secret=" + SandboxClient.enc(rotated));
        assertEquals("invalid_grant", revoked.json().get("error").asText());
        assertEquals(404, client.send("GET", sandbox.baseUrl() + "/_sandbox/nothing", Map.of(), new byte[0]).status());
        assertTrue(Json.text(counts).contains("createReport"));
    }

    @Test
    void orderChangeNotificationsOverHttp() {
        String sellerId = control("POST", "/_sandbox/sellers", "{\"marketplaceIds\":[\"ATVPDKIKX0DER\"]}")
                .get("sellerId").asText();
        control("PUT", "/_sandbox/sellers/" + sellerId + "/order-book", "{\"size\":40}");
        String since = sandbox.clock().instant().toString();
        JsonNode all = control("GET", "/_sandbox/sellers/" + sellerId + "/order-changes", "");
        assertTrue(all.size() > 20, all.size() + " changes");
        assertEquals("ORDER_CHANGE", all.get(0).get("NotificationType").asText());
        assertEquals(sellerId, all.get(0).get("Payload").get("OrderChangeNotification").get("SellerId").asText());
        JsonNode none = control("GET", "/_sandbox/sellers/" + sellerId + "/order-changes?since=" + since, "");
        assertTrue(none.size() < all.size());
    }
}
