package dev.spgateway.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import dev.spgateway.sandbox.listings.ListingsEncoding;
import dev.spgateway.sandbox.orders.LedgerOrder;
import dev.spgateway.sandbox.orders.OrderLedger;
import dev.spgateway.sandbox.orders.OrderReportType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The flat-file order reports: lifecycle, period, layout, encodings, and no buyer data or order item ids. */
class OrderReportsTest {

    private static final String BY_UPDATE = "GET_FLAT_FILE_ALL_ORDERS_DATA_BY_LAST_UPDATE_GENERAL";
    private static final String BY_DATE = "GET_FLAT_FILE_ALL_ORDERS_DATA_BY_ORDER_DATE_GENERAL";
    private final SandboxFixture f = new SandboxFixture(true);

    @AfterEach
    void stop() {
        f.close();
    }

    private String create(String reportType, Instant start, Instant end) {
        var e = f.client.post("/reports/2021-06-30/reports", f.token, "{\"reportType\":\"" + reportType
                + "\",\"marketplaceIds\":[\"" + SandboxFixture.US + "\"],\"dataStartTime\":\"" + start
                + "\",\"dataEndTime\":\"" + end + "\"}");
        assertEquals(202, e.status(), e.text());
        return e.json().get("reportId").asText();
    }

    private JsonNode report(String id) {
        return f.client.get("/reports/2021-06-30/reports/" + id, f.token).json();
    }

    private byte[] documentBytes(String reportId) throws Exception {
        JsonNode doc = f.client.get("/reports/2021-06-30/documents/" + report(reportId).get("reportDocumentId")
                .asText(), f.token).json();
        HttpResponse<byte[]> file = f.client.download(doc.get("url").asText());
        assertEquals(200, file.statusCode());
        return doc.has("compressionAlgorithm") ? new GZIPInputStream(new ByteArrayInputStream(file.body()))
                .readAllBytes() : file.body();
    }

    @Test
    void byLastUpdateHasEveryLineOfTheOrdersChangedInThePeriodAsTheyStoodAtItsEnd() throws Exception {
        f.control.setOrderBookSize(f.sellerId, 600);
        f.control.setReportDurations(f.sellerId, Duration.ofSeconds(5), Duration.ofSeconds(10));
        Instant now = f.clock.instant();
        Instant start = now.minus(Duration.ofDays(40));
        Instant end = now.minus(Duration.ofDays(1));
        String id = create(BY_UPDATE, start, end);
        assertEquals("IN_QUEUE", report(id).get("processingStatus").asText());
        f.clock.advance(Duration.ofSeconds(15));
        JsonNode done = report(id);
        assertEquals("DONE", done.get("processingStatus").asText());
        assertEquals(BY_UPDATE, done.get("reportType").asText());
        assertTrue(done.has("dataStartTime") && done.has("dataEndTime"), done.toString());
        String[] lines = new String(documentBytes(id), Charset.forName("windows-1252")).split("\r\n");
        List<String> header = Arrays.asList(lines[0].split("\t", -1));
        assertEquals(OrderReportType.BY_LAST_UPDATE.columns(), header);
        assertEquals(List.of("amazon-order-id", "merchant-order-id", "purchase-date", "last-updated-date"),
                header.subList(0, 4));
        assertFalse(header.contains("order-item-id") || header.contains("buyer-email") || header.contains("cpf"));

        Map<String, LedgerOrder> expected = new HashMap<>();
        for (LedgerOrder o : new OrderLedger().ordersAt(f.control.seller(f.sellerId), end)) {
            Instant updated = o.lastUpdatedAt(end);
            if (!updated.isBefore(start) && !updated.isAfter(end)) {
                expected.put(o.orderId(), o);
            }
        }
        assertTrue(expected.size() > 200, "the period holds orders: " + expected.size());
        assertEquals(expected.values().stream().mapToInt(o -> o.items().size()).sum(), lines.length - 1);
        Set<String> seen = new HashSet<>();
        String text = String.join("\n", lines);
        for (int i = 1; i < lines.length; i++) {
            String[] fields = lines[i].split("\t", -1);
            assertEquals(header.size(), fields.length, lines[i]);
            LedgerOrder order = expected.get(fields[0]);
            assertTrue(order != null, fields[0]);
            seen.add(order.orderId());
            assertEquals(order.lastUpdatedAt(end).getEpochSecond(),
                    Instant.parse(fields[header.indexOf("last-updated-date")].replace("+00:00", "Z")).getEpochSecond());
            assertEquals("USD", fields[header.indexOf("currency")]);
            for (LedgerOrder.Item item : order.items()) {
                assertFalse(text.contains(item.orderItemId()), "no order item ids");
            }
            assertFalse(text.contains(order.buyer().email()) || text.contains(order.buyer().addressLine1())
                    || text.contains(order.buyer().phone()), "no buyer data");
        }
        assertEquals(expected.keySet(), seen);
        ModelContract.assertAllValid(f.client.exchanges, "");
    }

    @Test
    void byOrderDateSelectsByPurchaseDateAndHasTheCpfColumn() throws Exception {
        f.control.setOrderBookSize(f.sellerId, 300);
        f.control.setReportDurations(f.sellerId, Duration.ZERO, Duration.ZERO);
        Instant now = f.clock.instant();
        Instant start = now.minus(Duration.ofDays(10));
        String id = create(BY_DATE, start, now);
        String[] lines = new String(documentBytes(id), Charset.forName("windows-1252")).split("\r\n");
        assertTrue(Arrays.asList(lines[0].split("\t")).contains("cpf"));
        long expected = new OrderLedger().ordersAt(f.control.seller(f.sellerId), now).stream()
                .filter(o -> !o.createdTime().isBefore(start)).mapToInt(o -> o.items().size()).sum();
        assertEquals(expected, lines.length - 1);
        ModelContract.assertAllValid(f.client.exchanges, "");
    }

    @Test
    void aPeriodWithoutOrdersIsCancelledAndTheSellersEncodingAndCompressionApply() throws Exception {
        f.control.setOrderBookSize(f.sellerId, 100);
        f.control.setReportDurations(f.sellerId, Duration.ZERO, Duration.ZERO);
        Instant now = f.clock.instant();
        String empty = create(BY_UPDATE, now.minus(Duration.ofDays(400)), now.minus(Duration.ofDays(300)));
        JsonNode cancelled = report(empty);
        assertEquals("CANCELLED", cancelled.get("processingStatus").asText());
        assertFalse(cancelled.has("reportDocumentId"));

        f.control.updateCatalog(f.sellerId, c -> c.withEncoding(ListingsEncoding.UTF8_BOM).withGzip(true));
        byte[] bytes = documentBytes(create(BY_UPDATE, now.minus(Duration.ofDays(30)), now));
        assertEquals((byte) 0xEF, bytes[0]);
        assertTrue(new String(bytes, StandardCharsets.UTF_8).substring(1).startsWith("amazon-order-id\t"));
        var bad = f.client.post("/reports/2021-06-30/reports", f.token, "{\"reportType\":\"" + BY_UPDATE
                + "\",\"marketplaceIds\":[\"" + SandboxFixture.US + "\"],\"dataStartTime\":\"" + now
                + "\",\"dataEndTime\":\"" + now.minus(Duration.ofDays(1)) + "\"}");
        assertEquals(400, bad.status());
        ModelContract.assertAllValid(f.client.exchanges, "");
    }
}
