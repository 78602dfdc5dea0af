package dev.spgateway.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import dev.spgateway.sandbox.listings.CatalogSettings;
import dev.spgateway.sandbox.listings.ListingsCatalog;
import dev.spgateway.sandbox.listings.ListingsColumn;
import dev.spgateway.sandbox.listings.ListingsEncoding;
import dev.spgateway.sandbox.listings.ListingsReportType;
import dev.spgateway.sandbox.listings.ListingsRow;
import dev.spgateway.sandbox.sellers.Marketplace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Report lifecycle, outcomes, document URLs, compression and the listings documents' encodings. */
class ReportsTest {

    private static final String ALL = "GET_MERCHANT_LISTINGS_ALL_DATA";
    private SandboxFixture f = new SandboxFixture(false);

    @AfterEach
    void stop() {
        f.close();
    }

    private String create(String reportType, String marketplaceId) {
        var e = f.client.post("/reports/2021-06-30/reports", f.token,
                "{\"reportType\":\"" + reportType + "\",\"marketplaceIds\":[\"" + marketplaceId + "\"]}");
        assertEquals(202, e.status(), e.text());
        return e.json().get("reportId").asText();
    }

    private JsonNode report(String id) {
        return f.client.get("/reports/2021-06-30/reports/" + id, f.token).json();
    }

    private JsonNode document(String documentId) {
        return f.client.get("/reports/2021-06-30/documents/" + documentId, f.token).json();
    }

    private HttpResponse<byte[]> download(String url) throws IOException, InterruptedException {
        return f.client.download(url);
    }

    @Test
    void lifecycleFollowsTheSellersDurations() throws Exception {
        f.control.setReportDurations(f.sellerId, Duration.ofSeconds(30), Duration.ofSeconds(90));
        f.control.updateCatalog(f.sellerId, c -> c.withSize(40).withSeed(7));
        String id = create(ALL, "ATVPDKIKX0DER");
        assertEquals("IN_QUEUE", report(id).get("processingStatus").asText());
        assertFalse(report(id).has("processingStartTime"));
        f.clock.advance(Duration.ofSeconds(30));
        JsonNode inProgress = report(id);
        assertEquals("IN_PROGRESS", inProgress.get("processingStatus").asText());
        assertTrue(inProgress.has("processingStartTime"));
        assertFalse(inProgress.has("reportDocumentId"));
        f.clock.advance(Duration.ofSeconds(89));
        assertEquals("IN_PROGRESS", report(id).get("processingStatus").asText());
        f.clock.advance(Duration.ofSeconds(1));
        JsonNode done = report(id);
        assertEquals("DONE", done.get("processingStatus").asText());
        JsonNode doc = document(done.get("reportDocumentId").asText());
        assertFalse(doc.has("compressionAlgorithm"));
        HttpResponse<byte[]> file = download(doc.get("url").asText());
        assertEquals(200, file.statusCode());
        assertEquals("text/plain;charset=Cp1252", file.headers().firstValue("Content-Type").orElseThrow());
        String[] lines = new String(file.body(), Charset.forName("windows-1252")).split("\n");
        assertEquals("item-name\titem-description\tlisting-id\tseller-sku\tprice\tquantity\topen-date\timage-url\t"
                + "item-is-marketplace\tproduct-id-type\tzshop-shipping-fee\titem-note\titem-condition\tzshop-category1\t"
                + "zshop-browse-path\tzshop-storefront-feature\tasin1\tasin2\tasin3\twill-ship-internationally\t"
                + "expedited-shipping\tzshop-boldface\tproduct-id\tbid-for-featured-placement\tadd-delete\t"
                + "pending-quantity\tfulfillment-channel\tmerchant-shipping-group\tstatus", lines[0]);
        ListingsCatalog expected = new ListingsCatalog(7, 40, Marketplace.byId("ATVPDKIKX0DER").orElseThrow());
        assertEquals(41, lines.length);
        for (int i = 0; i < 40; i++) {
            assertEquals(expected.row(i).line(ListingsReportType.GET_MERCHANT_LISTINGS_ALL_DATA.columns()), lines[i + 1]);
        }
        assertTrue(lines[1].split("\t", -1)[6].matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d P[SD]T"), lines[1]);
    }

    @Test
    void catalogHasFbaRowsInactiveRowsAndNonAsciiNames() {
        ListingsCatalog catalog = new ListingsCatalog(42, 2000, Marketplace.byId("ATVPDKIKX0DER").orElseThrow());
        long fba = 0;
        long inactive = 0;
        long nonAscii = 0;
        for (ListingsRow row : catalog) {
            if (row.fulfilledByAmazon()) {
                fba++;
                assertEquals("", row.get(ListingsColumn.QUANTITY));
                assertEquals("AMAZON_NA", row.get(ListingsColumn.FULFILLMENT_CHANNEL));
            }
            inactive += row.active() ? 0 : 1;
            nonAscii += row.get(ListingsColumn.ITEM_NAME).chars().anyMatch(ch -> ch > 127) ? 1 : 0;
            assertFalse(row.line(ListingsReportType.GET_MERCHANT_LISTINGS_ALL_DATA.columns()).contains("\n"));
        }
        assertTrue(fba > 300 && inactive > 100 && nonAscii > 500, fba + " " + inactive + " " + nonAscii);
        assertEquals(catalog.row(1234), new ListingsCatalog(42, 2000, Marketplace.byId("ATVPDKIKX0DER").orElseThrow()).row(1234));
    }

    @Test
    void activeListingsReportLeavesOutInactiveRowsAndTheStatusColumn() throws Exception {
        f.control.setReportDurations(f.sellerId, Duration.ZERO, Duration.ZERO);
        f.control.updateCatalog(f.sellerId, c -> c.withSize(300));
        String id = create("GET_MERCHANT_LISTINGS_DATA", "ATVPDKIKX0DER");
        String text = new String(download(document(report(id).get("reportDocumentId").asText()).get("url").asText()).body(),
                Charset.forName("windows-1252"));
        String[] lines = text.split("\n");
        assertTrue(lines[0].endsWith("fulfillment-channel\tmerchant-shipping-group"));
        ListingsCatalog catalog = new ListingsCatalog(42, 300, Marketplace.byId("ATVPDKIKX0DER").orElseThrow());
        long active = 0;
        for (ListingsRow row : catalog) {
            active += row.active() ? 1 : 0;
        }
        assertEquals(active + 1, lines.length);
        assertTrue(active < 300);
    }

    @Test
    void cp1252DocumentCarriesTheEllipsisByteInsideAField() throws Exception {
        f.control.setReportDurations(f.sellerId, Duration.ZERO, Duration.ZERO);
        byte[] body = download(document(report(create(ALL, "ATVPDKIKX0DER")).get("reportDocumentId").asText())
                .get("url").asText()).body();
        int at = indexOf(body, (byte) 0x85);
        assertTrue(at > 0, "no 0x85 byte");
        assertNotEquals('\t', body[at - 1]);
        assertNotEquals('\t', body[at + 1]);
        assertTrue(indexOf(body, (byte) 0x80) > 0, "no euro sign byte");
        assertEquals(-1, indexOf(body, (byte) 0xE2), "UTF-8 lead bytes of “ or … in a Cp1252 document");
    }

    @Test
    void japaneseDocumentIsWindows31jWithJapaneseHeaders() throws Exception {
        f.close();
        f = new SandboxFixture(false, "A1VC38T7YXB528");
        f.control.setReportDurations(f.sellerId, Duration.ZERO, Duration.ZERO);
        HttpResponse<byte[]> file = download(document(report(create(ALL, "A1VC38T7YXB528")).get("reportDocumentId")
                .asText()).get("url").asText());
        assertEquals("text/plain;charset=windows-31j", file.headers().firstValue("Content-Type").orElseThrow());
        String text = new String(file.body(), Charset.forName("windows-31j"));
        assertTrue(text.startsWith("商品名\t商品の説明\t出品ID\t出品者SKU\t価格\t数量\t出品日\t"), text.substring(0, 80));
        String firstRow = text.split("\n")[1];
        assertTrue(firstRow.split("\t", -1)[6].endsWith(" JST"), firstRow);
        assertFalse(text.contains("?"), "unmappable characters");
        assertEquals(text, new String(text.getBytes(Charset.forName("windows-31j")), Charset.forName("windows-31j")));
    }

    @Test
    void utf8WithBomAndGzipOnRequest() throws Exception {
        f.control.setReportDurations(f.sellerId, Duration.ZERO, Duration.ZERO);
        f.control.setCatalog(f.sellerId, new CatalogSettings(25, 3, ListingsEncoding.UTF8_BOM, true));
        JsonNode doc = document(report(create(ALL, "ATVPDKIKX0DER")).get("reportDocumentId").asText());
        assertEquals("GZIP", doc.get("compressionAlgorithm").asText());
        HttpResponse<byte[]> file = download(doc.get("url").asText());
        assertEquals("text/plain;charset=UTF-8", file.headers().firstValue("Content-Type").orElseThrow());
        byte[] plain = new GZIPInputStream(new ByteArrayInputStream(file.body())).readAllBytes();
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, java.util.Arrays.copyOf(plain, 3));
        String text = new String(plain, StandardCharsets.UTF_8).substring(1);
        assertTrue(text.startsWith("item-name\t"));
        assertEquals(new ListingsCatalog(3, 25, Marketplace.byId("ATVPDKIKX0DER").orElseThrow()).row(24)
                .line(ListingsReportType.GET_MERCHANT_LISTINGS_ALL_DATA.columns()), text.split("\n")[25]);
    }

    @Test
    void documentUrlExpiresAfterFiveMinutes() throws Exception {
        f.control.setReportDurations(f.sellerId, Duration.ZERO, Duration.ZERO);
        String documentId = report(create(ALL, "ATVPDKIKX0DER")).get("reportDocumentId").asText();
        String url = document(documentId).get("url").asText();
        f.clock.advance(Duration.ofMinutes(5).minusSeconds(1));
        assertEquals(200, download(url).statusCode());
        f.clock.advance(Duration.ofSeconds(1));
        HttpResponse<byte[]> expired = download(url);
        assertEquals(403, expired.statusCode());
        assertTrue(new String(expired.body(), StandardCharsets.UTF_8).contains("<Code>AccessDenied</Code>"));
        f.refreshAccessToken();
        assertEquals(200, download(document(documentId).get("url").asText()).statusCode());
        assertEquals(3, f.control.callCount("downloadDocument"));
    }

    @Test
    void fatalReportsHaveAnErrorDocument() throws Exception {
        f.control.setReportDurations(f.sellerId, Duration.ZERO, Duration.ofSeconds(10));
        f.control.failNextReports(f.sellerId, 1);
        String fatal = create(ALL, "ATVPDKIKX0DER");
        String fine = create(ALL, "ATVPDKIKX0DER");
        f.clock.advance(Duration.ofSeconds(10));
        JsonNode report = report(fatal);
        assertEquals("FATAL", report.get("processingStatus").asText());
        String text = new String(download(document(report.get("reportDocumentId").asText()).get("url").asText()).body(),
                StandardCharsets.UTF_8);
        assertTrue(text.contains("errorDetails"), text);
        assertEquals("DONE", report(fine).get("processingStatus").asText());
    }

    @Test
    void reportsWithoutDataAreCancelled() {
        f.control.setReportDurations(f.sellerId, Duration.ZERO, Duration.ofSeconds(5));
        f.control.updateCatalog(f.sellerId, c -> c.withSize(0));
        String id = create(ALL, "ATVPDKIKX0DER");
        f.clock.advance(Duration.ofSeconds(5));
        JsonNode report = report(id);
        assertEquals("CANCELLED", report.get("processingStatus").asText());
        assertFalse(report.has("reportDocumentId"));
    }

    @Test
    void aGivenListingsFileIsServedAsItIs() throws Exception {
        byte[] file = "item-name\tseller-sku\nCaf\u00e9 \u2026\tX1\n".getBytes(StandardCharsets.UTF_16LE);
        f.control.setListingsFile(f.sellerId, file, "text/plain;charset=UTF-16LE");
        f.control.setReportDurations(f.sellerId, Duration.ZERO, Duration.ZERO);
        HttpResponse<byte[]> served = download(document(report(create(ALL, "ATVPDKIKX0DER")).get("reportDocumentId")
                .asText()).get("url").asText());
        assertArrayEquals(file, served.body());
        assertEquals("text/plain;charset=UTF-16LE", served.headers().firstValue("Content-Type").orElseThrow());
    }

    private static int indexOf(byte[] bytes, byte b) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return -1;
    }
}
