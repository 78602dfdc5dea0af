package dev.spgateway.sandbox;

import dev.spgateway.sandbox.control.Fault;
import dev.spgateway.sandbox.control.Hold;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.List;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Scripted faults for the next calls of an operation, and the call log. */
class FaultsTest {

    private final SandboxFixture f = new SandboxFixture(false);

    @AfterEach
    void stop() {
        f.close();
    }

    @Test
    void statusFaultsAreConsumedInOrder() {
        f.control.scriptFault("getMarketplaceParticipations", Fault.status(503), 2);
        f.control.scriptFault("getMarketplaceParticipations", Fault.status(500), 1);
        var first = f.client.get("/sellers/v1/marketplaceParticipations", f.token);
        assertEquals(503, first.status());
        assertEquals(503, f.client.get("/sellers/v1/marketplaceParticipations", f.token).status());
        var third = f.client.get("/sellers/v1/marketplaceParticipations", f.token);
        assertEquals(500, third.status());
        assertEquals("InternalFailure", third.json().at("/errors/0/code").asText());
        assertEquals(200, f.client.get("/sellers/v1/marketplaceParticipations", f.token).status());
        assertEquals(4, f.control.callCount("getMarketplaceParticipations"));
        assertEquals(503, f.control.calls("getMarketplaceParticipations").get(0).status());
        assertEquals(f.sellerId, f.control.calls("getMarketplaceParticipations").get(3).sellerId());
    }

    @Test
    void aThrottlingFaultCanCarryTheOperationsRateLimit() {
        f.control.scriptFault("getMarketplaceParticipations", Fault.throttledWithRateLimit(), 1);
        f.control.scriptFault("getMarketplaceParticipations", Fault.status(429), 1);

        var withRate = f.client.get("/sellers/v1/marketplaceParticipations", f.token);
        var withoutRate = f.client.get("/sellers/v1/marketplaceParticipations", f.token);

        assertEquals(429, withRate.status());
        assertEquals("QuotaExceeded", withRate.json().at("/errors/0/code").asText());
        assertEquals("0.016", withRate.header("x-amzn-RateLimit-Limit"));
        assertEquals(429, withoutRate.status());
        assertEquals(null, withoutRate.header("x-amzn-RateLimit-Limit"));
    }

    @Test
    void aHeldOperationWaitsForTheReleaseAndCountsItsArrivals() throws Exception {
        Hold hold = f.control.hold("getMarketplaceParticipations", Duration.ofMinutes(1));
        CompletableFuture<Integer> held = CompletableFuture.supplyAsync(
                () -> f.client.get("/sellers/v1/marketplaceParticipations", f.token).status());

        hold.awaitArrivals(1, Duration.ofSeconds(30));
        assertFalse(held.isDone(), "the call waits while the hold lasts");
        hold.release();

        assertEquals(200, held.get(30, TimeUnit.SECONDS));
        assertEquals(1, hold.arrivals());
        assertThrows(IllegalStateException.class, () -> hold.awaitArrivals(2, Duration.ofMillis(10)));
    }

    @Test
    void aHoldEndsByItselfAfterItsLongestDelay() {
        f.control.hold("lwaToken", Duration.ofMillis(1));

        f.refreshAccessToken();
        f.control.clearFaults();
    }

    @Test
    void connectionResetAndTruncatedBody() {
        // the JDK client silently retries a GET once when a reused connection closes without an answer
        f.control.scriptFault("getMarketplaceParticipations", Fault.connectionReset(), 2);
        UncheckedIOException reset = assertThrows(UncheckedIOException.class,
                () -> f.client.get("/sellers/v1/marketplaceParticipations", f.token));
        assertTrue(reset.getCause() instanceof IOException);
        f.control.scriptFault("getMarketplaceParticipations", Fault.truncatedBody(), 1);
        assertThrows(UncheckedIOException.class, () -> f.client.get("/sellers/v1/marketplaceParticipations", f.token));
        assertEquals(200, f.client.get("/sellers/v1/marketplaceParticipations", f.token).status());
    }

    @Test
    void lwaAndDocumentFaults() throws Exception {
        f.control.scriptFault("lwaToken", Fault.status(500), 1);
        assertThrows(IllegalStateException.class, f::refreshAccessToken);
        f.refreshAccessToken();

        f.control.setReportDurations(f.sellerId, Duration.ZERO, Duration.ZERO);
        String id = f.client.post("/reports/2021-06-30/reports", f.token,
                "{\"reportType\":\"GET_MERCHANT_LISTINGS_ALL_DATA\",\"marketplaceIds\":[\"ATVPDKIKX0DER\"]}")
                .json().get("reportId").asText();
        String doc = f.client.get("/reports/2021-06-30/reports/" + id, f.token).json().get("reportDocumentId").asText();
        String url = f.client.get("/reports/2021-06-30/documents/" + doc, f.token).json().get("url").asText();
        f.control.scriptFault("downloadDocument", Fault.wrongCharset(), 1);
        var wrong = f.client.download(url);
        assertEquals("text/plain;charset=UTF-8", wrong.headers().firstValue("Content-Type").orElseThrow());
        f.control.scriptFault("downloadDocument", Fault.truncatedBody(), 1);
        assertThrows(IOException.class, () -> f.client.download(url));
        var good = f.client.download(url);
        assertEquals("text/plain;charset=Cp1252", good.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(new String(good.body(), StandardCharsets.ISO_8859_1).startsWith("item-name"));
    }

    @Test
    void aDownloadThatStallsAfterItsHeadersSendsNoBodyAndThenDropsTheConnection() throws Exception {
        String url = documentUrl();
        f.control.scriptFault("downloadDocument", Fault.stallAfterHeaders(Duration.ofMillis(300)), 1);

        HttpResponse<InputStream> stalled = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                .build(), HttpResponse.BodyHandlers.ofInputStream());

        assertEquals(200, stalled.statusCode());
        try (InputStream body = stalled.body()) {
            assertThrows(IOException.class, body::readAllBytes, "the body never ends properly");
        }
        assertEquals(200, f.client.download(url).statusCode());
        assertEquals(2, f.control.callCount("downloadDocument"));
    }

    @Test
    void aTruncatedGzipDocumentIsACompleteResponseWhoseGzipStopsHalfway() throws Exception {
        f.control.updateCatalog(f.sellerId, catalog -> catalog.withGzip(true));
        String url = documentUrl();
        byte[] whole = f.client.download(url).body();
        f.control.scriptFault("downloadDocument", Fault.truncatedGzip(), 1);

        HttpResponse<byte[]> truncated = f.client.download(url);

        assertEquals(200, truncated.statusCode());
        assertEquals(whole.length / 2, truncated.body().length);
        assertThrows(EOFException.class, () -> new GZIPInputStream(new ByteArrayInputStream(truncated.body()))
                .readAllBytes());
        assertTrue(new String(new GZIPInputStream(new ByteArrayInputStream(whole)).readAllBytes(),
                StandardCharsets.ISO_8859_1).startsWith("item-name"));
    }

    @Test
    void malformedRowsHaveAFieldTooManyOrTooFewInTheFirstDataRowOnly() throws Exception {
        String url = documentUrl();
        List<String> good = lines(f.client.download(url).body());
        f.control.scriptFault("downloadDocument", Fault.extraField(), 1);
        f.control.scriptFault("downloadDocument", Fault.missingField(), 1);

        List<String> extra = lines(f.client.download(url).body());
        List<String> missing = lines(f.client.download(url).body());

        int columns = good.get(0).split("\t", -1).length;
        assertEquals(columns, good.get(1).split("\t", -1).length);
        assertEquals(columns + 1, extra.get(1).split("\t", -1).length);
        assertEquals(good.get(1) + "\tEXTRA-FIELD", extra.get(1));
        assertEquals(columns - 1, missing.get(1).split("\t", -1).length);
        assertTrue(good.get(1).startsWith(missing.get(1)));
        assertEquals(good.subList(2, good.size()), extra.subList(2, extra.size()));
        assertEquals(good.subList(2, good.size()), missing.subList(2, missing.size()));
        assertEquals(good.get(0), missing.get(0));
    }

    /** A fresh listings report's download URL for the fixture's seller. */
    private String documentUrl() {
        f.control.setReportDurations(f.sellerId, Duration.ZERO, Duration.ZERO);
        String id = f.client.post("/reports/2021-06-30/reports", f.token,
                "{\"reportType\":\"GET_MERCHANT_LISTINGS_ALL_DATA\",\"marketplaceIds\":[\"ATVPDKIKX0DER\"]}")
                .json().get("reportId").asText();
        String doc = f.client.get("/reports/2021-06-30/reports/" + id, f.token).json().get("reportDocumentId").asText();
        return f.client.get("/reports/2021-06-30/documents/" + doc, f.token).json().get("url").asText();
    }

    private static List<String> lines(byte[] document) {
        return List.of(new String(document, StandardCharsets.ISO_8859_1).split("\n"));
    }
}
