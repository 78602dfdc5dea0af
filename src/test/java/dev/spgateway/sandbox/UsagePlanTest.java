package dev.spgateway.sandbox;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Token buckets with the models' defaults: createReport 0.0167/s burst 15, getReport 2/s burst 15. */
class UsagePlanTest {

    private static final String CREATE = "{\"reportType\":\"GET_MERCHANT_LISTINGS_ALL_DATA\",\"marketplaceIds\":[\"ATVPDKIKX0DER\"]}";

    private final SandboxFixture f = new SandboxFixture(false);

    @AfterEach
    void stop() {
        f.close();
    }

    @Test
    void burstAboveTheBucketIsThrottledAndRefillsAtTheModelsRate() {
        for (int i = 0; i < 15; i++) {
            var ok = f.client.post("/reports/2021-06-30/reports", f.token, CREATE);
            assertEquals(202, ok.status());
            assertEquals("0.0167", ok.header("x-amzn-RateLimit-Limit"));
            assertNotNull(ok.header("x-amzn-RequestId"));
        }
        var throttled = f.client.post("/reports/2021-06-30/reports", f.token, CREATE);
        assertEquals(429, throttled.status());
        assertEquals("QuotaExceeded", throttled.json().at("/errors/0/code").asText());
        assertEquals("You exceeded your quota for the requested resource.", throttled.json().at("/errors/0/message").asText());
        assertNotNull(throttled.header("x-amzn-RequestId"));
        assertNull(throttled.header("x-amzn-RateLimit-Limit"));

        // 0.0167 requests per second: one token after 60 s (1.002), not after 59 s (0.985)
        f.clock.advance(Duration.ofSeconds(59));
        assertEquals(429, f.client.post("/reports/2021-06-30/reports", f.token, CREATE).status());
        f.clock.advance(Duration.ofSeconds(1));
        assertEquals(202, f.client.post("/reports/2021-06-30/reports", f.token, CREATE).status());
        assertEquals(429, f.client.post("/reports/2021-06-30/reports", f.token, CREATE).status());

        // a full hour refills no more than the burst
        f.clock.advance(Duration.ofMinutes(59));
        f.refreshAccessToken();
        for (int i = 0; i < 15; i++) {
            assertEquals(202, f.client.post("/reports/2021-06-30/reports", f.token, CREATE).status());
        }
        assertEquals(429, f.client.post("/reports/2021-06-30/reports", f.token, CREATE).status());
    }

    @Test
    void bucketsArePerOperationAndPerApplicationAndSeller() {
        for (int i = 0; i < 15; i++) {
            f.client.post("/reports/2021-06-30/reports", f.token, CREATE);
        }
        assertEquals(429, f.client.post("/reports/2021-06-30/reports", f.token, CREATE).status());
        assertEquals(200, f.client.get("/sellers/v1/marketplaceParticipations", f.token).status());

        var otherApp = f.control.registerApplication(false);
        String token = f.client.accessToken(otherApp.clientId(), otherApp.clientSecret(),
                f.control.authorize(f.sellerId, otherApp.clientId()));
        assertEquals(202, f.client.post("/reports/2021-06-30/reports", token, CREATE).status());
    }

    @Test
    void getReportRefillsTwoPerSecond() {
        String id = f.client.post("/reports/2021-06-30/reports", f.token, CREATE).json().get("reportId").asText();
        for (int i = 0; i < 15; i++) {
            assertEquals(200, f.client.get("/reports/2021-06-30/reports/" + id, f.token).status());
        }
        assertEquals(429, f.client.get("/reports/2021-06-30/reports/" + id, f.token).status());
        f.clock.advance(Duration.ofMillis(500));
        assertEquals(200, f.client.get("/reports/2021-06-30/reports/" + id, f.token).status());
        assertEquals(429, f.client.get("/reports/2021-06-30/reports/" + id, f.token).status());
        assertEquals(17, f.control.callCount("getReport") - 1);
    }
}
