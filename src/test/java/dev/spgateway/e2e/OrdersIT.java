package dev.spgateway.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spgateway.launch.GatewayProcess;
import dev.spgateway.persistence.TestDatabase;
import dev.spgateway.sandbox.SpApiSandbox;
import dev.spgateway.sandbox.control.CallRecord;
import dev.spgateway.sandbox.control.SandboxControl;
import dev.spgateway.sandbox.orders.LedgerOrder;
import dev.spgateway.sandbox.orders.OrderLedger;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * order.list / count / info / status.list end to end against the sandbox's order book: shapes as API2Cart's
 * captures, filters and paging against the book itself, buyer data with and without the roles, and not one
 * throttled call.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OrdersIT {

    private static final String KEY = "orders-it-account-key-0001";
    private static final String US = "ATVPDKIKX0DER";
    /** Fifteen searchOrders pages: within the usage plan's burst of 20. */
    private static final int BOOK = 1500;
    private static final DateTimeFormatter FILTER = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss")
            .withZone(ZoneOffset.UTC);

    private SpApiSandbox sandbox;
    private SandboxControl control;
    private Path workDir;
    private GatewayProcess gateway;
    private GatewayClient client;
    private Store withRoles;
    private Store withoutRoles;

    private TestDatabase database;

    record Store(String sellerId, String key, Map<String, LedgerOrder> book) {
    }

    /** The embedded H2 database in the data directory; a subclass runs the same on another database. */
    TestDatabase database() {
        return null;
    }

    @BeforeAll
    void start() throws Exception {
        sandbox = SpApiSandbox.start();
        control = sandbox.control();
        database = database();
        workDir = SandboxedGateway.workDir(database == null ? "orders" : "orders-" + database.name());
        gateway = SandboxedGateway.configure(GatewayProcess.fromBuild(workDir), sandbox);
        if (database != null) {
            gateway.property("spgateway.db.url", database.jdbcUrl()).property("spgateway.db.user", database.user())
                    .property("spgateway.db.password", "spgateway");
        }
        gateway = gateway.property("spgateway.data-dir", "./" + workDir.resolve("data"))
                .property("spgateway.bootstrap.api-key", KEY)
                // the whole book: it starts 90 days before the seller's registration on the sandbox clock
                .property("spgateway.order.history", "P91D")
                // this class covers the searchOrders walk alone; OrderBackfillIT the history from the order report
                .property("spgateway.order.backfill", "false")
                .start();
        client = new GatewayClient(gateway.baseUrl(), KEY);
        withRoles = connect(true);
        withoutRoles = connect(false);
    }

    @AfterAll
    void stop() {
        if (gateway != null) {
            gateway.stop();
        }
        if (sandbox != null) {
            sandbox.stop();
        }
        if (database != null) {
            database.close();
        }
    }

    private Store connect(boolean roles) {
        SandboxControl.AppCredentials app = control.registerApplication(roles);
        String sellerId = control.registerSeller(List.of(US)).sellerId();
        control.setOrderBookSize(sellerId, BOOK);
        String refreshToken = control.authorize(sellerId, app.clientId());
        JsonObject added = client.post("account.cart.add",
                SandboxStores.cartAddParameters(app, sellerId, refreshToken, "us-east-1"));
        assertEquals(0, added.getInt("return_code"), added.toString());
        return new Store(sellerId, added.getJsonObject("result").getString("store_key"), expectedBook(sellerId));
    }

    /** What a walk of searchOrders returns now: orders last updated by the window's end, two minutes ago. */
    private Map<String, LedgerOrder> expectedBook(String sellerId) {
        Instant now = sandbox.clock().instant();
        Instant end = now.minus(Duration.ofMinutes(2));
        return new OrderLedger().ordersAt(control.seller(sellerId), now).stream()
                .filter(o -> !o.lastUpdatedAt(now).isAfter(end))
                .collect(Collectors.toMap(LedgerOrder::orderId, o -> o));
    }

    @Test
    @Order(1)
    void statusListIsApi2CartsCapture() throws IOException {
        JsonObject expected = capture("status.list/basic.response.json");
        JsonObject answer = client.get("order.status.list", Map.of("store_key", withRoles.key()));
        assertEquals(expected.getJsonObject("result"), answer.getJsonObject("result"));
    }

    @Test
    @Order(2)
    void countAndEveryPageMatchTheBook() {
        JsonObject count = client.get("order.count", Map.of("store_key", withRoles.key()));
        assertEquals(0, count.getInt("return_code"), count.toString());
        assertEquals(withRoles.book().size(), count.getJsonObject("result").getInt("orders_count"));
        Set<String> seen = new HashSet<>();
        for (int start = 0; start < withRoles.book().size(); start += 250) {
            List<JsonObject> page = orders(client.get("order.list", Map.of("store_key", withRoles.key(),
                    "start", String.valueOf(start), "count", "250", "params", "force_all")));
            assertTrue(page.size() <= 250);
            page.forEach(o -> {
                assertTrue(seen.add(o.getString("order_id")), o.getString("order_id"));
                assertOrderIsBook(withRoles.book().get(o.getString("order_id")), o);
            });
        }
        assertEquals(withRoles.book().keySet(), seen);
    }

    @Test
    @Order(3)
    void infoHasTheCapturesFieldsAndTheBuyerWithTheRoles() throws IOException {
        LedgerOrder order = withRoles.book().values().iterator().next();
        JsonObject info = client.get("order.info", Map.of("store_key", withRoles.key(), "order_id", order.orderId(),
                "params", "force_all"));
        assertEquals(0, info.getInt("return_code"), info.toString());
        JsonObject result = info.getJsonObject("result");
        JsonObject captured = capture("info/order-id-111-2392565-0194613.response.json").getJsonObject("result");
        assertEquals(List.copyOf(captured.keySet()), List.copyOf(result.keySet()));
        assertEquals(captured.getJsonObject("additional_fields").keySet(), result.getJsonObject("additional_fields")
                .keySet());
        assertEquals(captured.getJsonObject("total").keySet(), result.getJsonObject("total").keySet());
        assertEquals(captured.getJsonArray("order_products").getJsonObject(0).keySet(),
                result.getJsonArray("order_products").getJsonObject(0).keySet());
        assertEquals(order.buyer().email(), result.getJsonObject("customer").getString("email"));
        assertEquals(order.buyer().city(), result.getJsonObject("shipping_address").getString("city"));
        assertEquals("", info.getString("return_message"));
        assertOrderIsBook(order, result);
    }

    @Test
    @Order(4)
    void withoutTheRolesBuyerFieldsAreEmptyAndTheAnswerSaysWhy() {
        LedgerOrder order = withoutRoles.book().values().iterator().next();
        JsonObject info = client.get("order.info", Map.of("store_key", withoutRoles.key(), "order_id",
                order.orderId()));
        assertEquals(0, info.getInt("return_code"), info.toString());
        assertEquals("", info.getJsonObject("result").getJsonObject("customer").getString("email"));
        assertEquals("", info.getJsonObject("result").getJsonObject("shipping_address").getString("address1"));
        assertTrue(info.getString("return_message").contains("roles"), info.toString());
        assertOrderIsBook(order, info.getJsonObject("result"));
        assertTrue(control.calls("searchOrders").stream().anyMatch(c -> c.status() == 403
                && withoutRoles.sellerId().equals(c.sellerId())), "the roles were asked for once");
    }

    @Test
    @Order(5)
    void filtersAndSortsAnswerAsTheBook() {
        Instant now = sandbox.clock().instant();
        Map<String, LedgerOrder> book = withRoles.book();
        assertCount(book.values().stream().filter(o -> o.statusAt(now).equals("SHIPPED")).count(),
                Map.of("order_status", "Shipped"));
        assertCount(book.values().stream().filter(o -> o.statusAt(now).equals("CANCELLED")
                || o.statusAt(now).equals("UNSHIPPED")).count(), Map.of("order_status_ids", "Canceled,Unshipped"));
        assertCount(book.values().stream().filter(LedgerOrder::amazonFulfilled).count(),
                Map.of("fulfillment_channel", "AFN"));
        Instant from = now.minus(Duration.ofDays(30)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        Instant to = now.minus(Duration.ofDays(10)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        assertCount(book.values().stream().filter(o -> !o.createdTime().isBefore(from)
                && !o.createdTime().isAfter(to)).count(),
                Map.of("created_from", FILTER.format(from), "created_to", FILTER.format(to)));
        assertCount(book.values().stream().filter(o -> !o.lastUpdatedAt(now).isBefore(from)).count(),
                Map.of("modified_from", FILTER.format(from)));
        List<String> two = book.keySet().stream().sorted().limit(2).toList();
        List<JsonObject> byIds = orders(client.get("order.list", Map.of("store_key", withRoles.key(),
                "order_ids", String.join(",", two), "sort_by", "order_id")));
        assertEquals(two, byIds.stream().map(o -> o.getString("order_id")).toList());
        LedgerOrder newest = book.values().stream().max(Comparator.comparing(LedgerOrder::createdTime)
                .thenComparing(LedgerOrder::orderId)).orElseThrow();
        List<JsonObject> desc = orders(client.get("order.list", Map.of("store_key", withRoles.key(), "count", "1",
                "sort_by", "create_at", "sort_direction", "desc")));
        assertEquals(newest.orderId(), desc.get(0).getString("order_id"));
    }

    @Test
    @Order(6)
    void badCallsAnswerTheirCodesWithoutCallingAmazon() {
        int before = control.callCount("searchOrders") + control.callCount("getOrder");
        assertEquals(114, client.get("order.info", Map.of("store_key", withRoles.key())).getInt("return_code"));
        assertEquals(112, client.get("order.info", Map.of("store_key", withRoles.key(), "order_id",
                "000-0000000-0000000")).getInt("return_code"));
        for (Map<String, String> bad : List.of(Map.of("count", "-1"), Map.of("count", "251"),
                Map.of("sort_by", "price"), Map.of("created_from", "yesterday"), Map.of("order_status", "Lost"),
                Map.of("fulfillment_channel", "XYZ"), Map.of("store_id", "A1PA6795UKMFR9"))) {
            Map<String, String> query = new HashMap<>(bad);
            query.put("store_key", withRoles.key());
            assertEquals(109, client.get("order.list", query).getInt("return_code"), bad.toString());
        }
        assertEquals(before, control.callCount("searchOrders") + control.callCount("getOrder"));
    }

    @Test
    @Order(7)
    void aRepeatedListWithinAMinuteCallsNoOneAndNothingWasThrottled() {
        int before = control.callCount("searchOrders");
        Map<String, String> query = Map.of("store_key", withRoles.key(), "count", "100");
        assertEquals(orders(client.get("order.list", query)), orders(client.get("order.list", query)));
        assertEquals(before, control.callCount("searchOrders"));
        // one walk per store, 100 orders a page, and one refused ask for buyer data
        int pages = (withRoles.book().size() + 99) / 100 + (withoutRoles.book().size() + 99) / 100;
        assertEquals(pages + 1, control.callCount("searchOrders"));
        assertEquals(0, control.callCount("getOrder"));
        List<CallRecord> throttled = control.calls("searchOrders").stream().filter(c -> c.status() == 429).toList();
        assertEquals(List.of(), throttled);
    }

    @Test
    @Order(8)
    void buyerDataReachNeitherTheDatabaseNorTheLog() throws IOException {
        List<byte[]> files = new ArrayList<>();
        try (var paths = java.nio.file.Files.walk(workDir.resolve("data"))) {
            for (Path file : paths.filter(java.nio.file.Files::isRegularFile).toList()) {
                files.add(java.nio.file.Files.readAllBytes(file));
            }
        }
        if (database != null) {
            files.add(database.dump().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        assertFalse(files.isEmpty());
        String someOrderId = withRoles.book().keySet().iterator().next();
        assertTrue(files.stream().anyMatch(file -> new String(file, java.nio.charset.StandardCharsets.ISO_8859_1)
                .contains(someOrderId)), "the orders themselves are in the files searched");
        String log = SandboxedGateway.serverLog(gateway);
        // every e-mail and phone of the book shares these parts; names and streets are few
        Set<String> pii = new HashSet<>(List.of("@marketplace.amazon.com", "206-555-"));
        withRoles.book().values().forEach(o -> {
            pii.add(o.buyer().name());
            pii.add(o.buyer().addressLine1());
        });
        for (String text : pii) {
            for (byte[] file : files) {
                String content = new String(file, java.nio.charset.StandardCharsets.ISO_8859_1);
                assertFalse(content.contains(new String(text.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                        java.nio.charset.StandardCharsets.ISO_8859_1)), "buyer data in the database files: " + text);
            }
            assertFalse(log.contains(text), "buyer data in the server log: " + text);
        }
        assertTrue(pii.size() > 5, pii.size() + " buyer data strings checked");
    }

    private void assertCount(long expected, Map<String, String> filter) {
        Map<String, String> query = new HashMap<>(filter);
        query.put("store_key", withRoles.key());
        JsonObject count = client.get("order.count", query);
        assertEquals(0, count.getInt("return_code"), count.toString());
        assertEquals(expected, count.getJsonObject("result").getInt("orders_count"), filter.toString());
    }

    /** Status, dates, items and totals as the sandbox's book has them. */
    private void assertOrderIsBook(LedgerOrder expected, JsonObject order) {
        Instant now = sandbox.clock().instant();
        assertEquals(expected.orderId(), order.getString("order_id"));
        String status = switch (expected.statusAt(now)) {
            case "PARTIALLY_SHIPPED" -> "PartiallyShipped";
            case "CANCELLED" -> "Canceled";
            default -> expected.statusAt(now).charAt(0) + expected.statusAt(now).substring(1).toLowerCase();
        };
        assertEquals(status, order.getJsonObject("status").getString("name"));
        if (order.containsKey("create_at")) {
            assertEquals(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxx").withZone(ZoneOffset.UTC)
                    .format(expected.createdTime()), order.getJsonObject("create_at").getString("value"));
            assertEquals(money(expected.grandTotal()), order.getJsonObject("total").getJsonNumber("total")
                    .bigDecimalValue().stripTrailingZeros());
        }
        List<JsonObject> products = order.getJsonArray("order_products").getValuesAs(JsonObject.class);
        assertEquals(expected.items().size(), products.size());
        for (int i = 0; i < products.size(); i++) {
            LedgerOrder.Item item = expected.items().get(i);
            JsonObject p = products.get(i);
            assertEquals(item.sellerSku(), p.getString("product_id"));
            assertEquals(item.orderItemId(), p.getString("order_product_id"));
            assertEquals(item.quantity(), p.getInt("quantity"));
            assertEquals(money(item.unitPrice()), p.getJsonNumber("price").bigDecimalValue().stripTrailingZeros());
            assertEquals(item.asin(), p.getJsonObject("additional_fields").getString("asin"));
        }
        assertFalse(order.containsKey("billing_address") && !order.isNull("billing_address"));
    }

    private static BigDecimal money(long cents) {
        return BigDecimal.valueOf(cents, 2).stripTrailingZeros();
    }

    private List<JsonObject> orders(JsonObject answer) {
        assertEquals(0, answer.getInt("return_code"), answer.toString());
        return new ArrayList<>(answer.getJsonObject("result").getJsonArray("order").getValuesAs(JsonObject.class));
    }

    private static JsonObject capture(String path) throws IOException {
        try (InputStream in = OrdersIT.class.getResourceAsStream("/api2cart-captures/AmazonSP/order/" + path);
             JsonReader reader = Json.createReader(in)) {
            return reader.readObject();
        }
    }
}
