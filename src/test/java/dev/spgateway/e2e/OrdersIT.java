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

    @Test
    @Order(9)
    void aCursorWalkReturnsEveryOrderOnceWhileOrdersArriveAndChange() {
        int before = total(withRoles);
        Instant changesFrom = sandbox.clock().instant().minus(Duration.ofMinutes(2));
        List<List<String>> pages = new ArrayList<>();
        JsonObject page = client.get("order.list", Map.of("store_key", withRoles.key(), "count", "200",
                "params", "order_id,status"));
        pages.add(ids(page));
        assertTrue(page.getJsonObject("pagination").isNull("previous"));
        while (!page.getJsonObject("pagination").isNull("next")) {
            if (pages.size() == 3) {
                assertTrue(arrive(withRoles) > before, "new orders arrived in the middle of the walk");
            }
            page = client.get("order.list", Map.of("store_key", withRoles.key(), "page_cursor",
                    page.getJsonObject("pagination").getString("next")));
            pages.add(ids(page));
        }
        List<String> walked = pages.stream().flatMap(List::stream).toList();
        assertEquals(walked.size(), new HashSet<>(walked).size(), "no order twice");
        assertEquals(Set.copyOf(allOrders(withRoles)), Set.copyOf(walked), "every order, the new ones too");
        assertTrue(walked.size() > before);
        assertTrue(count(withRoles, Map.of("modified_from", FILTER.format(changesFrom))) > walked.size() - before,
                "orders walked past changed during the walk");
        Instant now = sandbox.clock().instant();
        new OrderLedger().ordersAt(control.seller(withRoles.sellerId()), now).stream()
                .filter(o -> !o.lastUpdatedAt(now).isAfter(now.minus(Duration.ofMinutes(2))))
                .forEach(o -> assertTrue(walked.contains(o.orderId()), o.orderId()));
        JsonObject previous = client.get("order.list", Map.of("store_key", withRoles.key(), "page_cursor",
                page.getJsonObject("pagination").getString("previous")));
        assertEquals(pages.get(pages.size() - 2), ids(previous), "previous is the page before, by the same anchor");
    }

    @Test
    @Order(10)
    void aStartCountWalkByCreationReturnsEveryOrderOnceWhileOrdersArrive() {
        int before = total(withRoles);
        List<String> walked = new ArrayList<>();
        for (int start = 0, pageNo = 0; ; start += 250, pageNo++) {
            if (pageNo == 2) {
                assertTrue(arrive(withRoles) > before);
            }
            List<String> page = ids(client.get("order.list", Map.of("store_key", withRoles.key(),
                    "start", String.valueOf(start), "count", "250", "params", "order_id")));
            walked.addAll(page);
            if (page.size() < 250) {
                break;
            }
        }
        assertEquals(walked.size(), new HashSet<>(walked).size(), "no order twice");
        assertEquals(total(withRoles), walked.size());
        assertEquals(Set.copyOf(allOrders(withRoles)), Set.copyOf(walked));
    }

    @Test
    @Order(11)
    void enableCacheFalseSyncsBeforeAnsweringAndTheDefaultDoesNotWithinTheInterval() {
        int before = total(withRoles);
        int searches = control.callCount("searchOrders");
        sandbox.testClock().advance(Duration.ofDays(1));
        assertEquals(before, total(withRoles));
        assertEquals(before, count(withRoles, Map.of("enable_cache", "true")));
        assertEquals(searches, control.callCount("searchOrders"), "the default answers from the order store");
        assertTrue(count(withRoles, Map.of("enable_cache", "false")) > before, "a day of new orders");
        assertTrue(control.callCount("searchOrders") > searches);
        assertEquals(List.of(), control.calls("searchOrders").stream().filter(c -> c.status() == 429).toList());
    }

    @Test
    @Order(12)
    void aRelayedOrderChangeShowsInOrderInfoWithinFiveSeconds() throws Exception {
        Instant now = sandbox.clock().instant();
        LedgerOrder order = new OrderLedger().ordersAt(control.seller(withRoles.sellerId()), now).stream()
                .filter(o -> o.steps().stream().anyMatch(step -> step.at().isAfter(now)))
                .filter(o -> !o.lastUpdatedAt(now).isAfter(now.minus(Duration.ofMinutes(2))))
                .min(Comparator.comparing(o -> o.steps().stream().filter(step -> step.at().isAfter(now))
                        .findFirst().orElseThrow().at())).orElseThrow();
        String statusBefore = status(withRoles, order.orderId());
        LedgerOrder.Step next = order.steps().stream().filter(step -> step.at().isAfter(now)).findFirst().orElseThrow();
        sandbox.testClock().advance(Duration.between(now, next.at()).plusSeconds(1));
        long getOrders = answered("getOrder");
        int searches = control.callCount("searchOrders");
        String notification = control.orderChangeNotification(withRoles.sellerId(), order.orderId()).orElseThrow();

        JsonObject answer = client.postJson("amazon.notification.process", notification);

        assertEquals(0, answer.getInt("return_code"), answer.toString());
        assertEquals(1, answer.getJsonObject("result").getInt("updated_items"));
        String expected = displayStatus(next.status());
        assertFalse(expected.equals(statusBefore), "the order's status changed");
        Eventually.await(Duration.ofSeconds(5), () -> "order.info shows " + expected,
                () -> expected.equals(status(withRoles, order.orderId())));
        // the clock moved past the access token's hour: a first getOrder may be refused and the token renewed
        assertEquals(getOrders + 1, answered("getOrder"));
        assertEquals(searches, control.callCount("searchOrders"), "one getOrder, no sync");
        assertEquals(List.of(), control.calls("getOrder").stream().filter(c -> c.status() == 429).toList());
    }

    @Test
    @Order(13)
    void aBadNotificationIsRefusedAndChangesNothing() {
        String orderId = withRoles.book().keySet().iterator().next();
        String good = control.orderChangeNotification(withRoles.sellerId(), orderId).orElseThrow();
        JsonObject notification = Json.createReader(new java.io.StringReader(good)).readObject();
        JsonObject change = notification.getJsonObject("Payload").getJsonObject("OrderChangeNotification");
        int getOrders = control.callCount("getOrder");
        String statusBefore = status(withRoles, orderId);
        assertRelayRefused(114, Json.createObjectBuilder(notification).remove("Payload").build());
        assertRelayRefused(109, Json.createObjectBuilder(notification).add("NotificationType", "ORDER_SHIPPED").build());
        assertRelayRefused(109, Json.createObjectBuilder(notification).add("notificationType", "ORDER_CHANGE").build());
        assertRelayRefused(109, Json.createObjectBuilder(notification).add("EventTime", "soon").build());
        assertRelayRefused(109, Json.createObjectBuilder(notification).add("Payload", Json.createObjectBuilder()
                .add("OrderChangeNotification", Json.createObjectBuilder(change).add("AmazonOrderId", "1 OR 1=1")))
                .build());
        assertRelayRefused(109, Json.createObjectBuilder(notification).add("Payload", Json.createObjectBuilder()
                .add("OrderChangeNotification", Json.createObjectBuilder(change).add("NotificationLevel", "Shipment")))
                .build());
        assertRelayRefused(109, Json.createObjectBuilder(notification).add("Payload", "[]").build());
        JsonObject elsewhere = client.postJson("amazon.notification.process", Json.createObjectBuilder(notification)
                .add("Payload", Json.createObjectBuilder().add("OrderChangeNotification", Json.createObjectBuilder(
                        change).add("SellerId", "A2NOSUCHSELLER"))).build().toString());
        assertEquals(0, elsewhere.getJsonObject("result").getInt("updated_items"), elsewhere.toString());
        assertEquals(getOrders, control.callCount("getOrder"), "nothing was sent to Amazon");
        assertEquals(statusBefore, status(withRoles, orderId));
    }

    @Test
    @Order(14)
    void roundingPrecisionRoundsEveryMoneyValueAsApi2Cart() {
        String orderId = withRoles.book().keySet().iterator().next();
        JsonObject plain = info(withRoles, orderId, Map.of());
        JsonObject rounded = info(withRoles, orderId, Map.of("rounding_precision", "1"));
        assertRounded(plain.getJsonObject("total"), rounded.getJsonObject("total"), "total");
        assertRounded(plain.getJsonObject("total").getJsonObject("additional_fields"),
                rounded.getJsonObject("total").getJsonObject("additional_fields"), "subtotal_tax");
        for (int i = 0; i < plain.getJsonArray("order_products").size(); i++) {
            JsonObject p = plain.getJsonArray("order_products").getJsonObject(i);
            JsonObject r = rounded.getJsonArray("order_products").getJsonObject(i);
            for (String money : List.of("price", "total_price", "tax_value")) {
                assertRounded(p, r, money);
            }
            assertEquals(p.getInt("quantity"), r.getInt("quantity"));
        }
        for (String bad : List.of("0", "7", "1.5")) {
            assertEquals(109, client.get("order.info", Map.of("store_key", withRoles.key(), "order_id", orderId,
                    "rounding_precision", bad)).getInt("return_code"), bad);
        }
    }

    @Test
    @Order(15)
    void customerEmailFindsTheBuyersOrdersWithoutTheEmailBeingStored() {
        LedgerOrder order = withRoles.book().values().iterator().next();
        long sameBuyer = withRoles.book().values().stream().filter(o -> o.buyer().email().equals(order.buyer()
                .email())).count();
        List<JsonObject> found = orders(client.get("order.list", Map.of("store_key", withRoles.key(),
                "customer_email", order.buyer().email().toUpperCase(java.util.Locale.ROOT), "params", "force_all")));
        assertEquals(sameBuyer, found.size());
        assertTrue(found.stream().anyMatch(o -> o.getString("order_id").equals(order.orderId())));
        found.forEach(o -> assertEquals(order.buyer().email(), o.getJsonObject("customer").getString("email")));
        assertEquals(sameBuyer, count(withRoles, Map.of("customer_email", order.buyer().email())));
        LedgerOrder other = withoutRoles.book().values().iterator().next();
        assertEquals(0, count(withoutRoles, Map.of("customer_email", other.buyer().email())),
                "without the role Amazon sends no e-mail to match");
        assertEquals(109, client.get("order.list", Map.of("store_key", withRoles.key(), "customer_email", "nobody"))
                .getInt("return_code"));
    }

    @Test
    @Order(16)
    void cartInfoAndTheCartListSayWhetherTheAppMayReadBuyerData() {
        Store unsynced = connect(true);
        Map<String, String> expected = Map.of(withRoles.key(), "ALLOWED", withoutRoles.key(), "REFUSED",
                unsynced.key(), "UNKNOWN");
        expected.forEach((key, access) -> assertEquals(access, client.get("cart.info", Map.of("store_key", key))
                .getJsonObject("result").getString("buyer_data_access"), access));
        Map<String, String> listed = client.get("account.cart.list", Map.of()).getJsonObject("result")
                .getJsonArray("carts").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(c -> c.getString("store_key"), c -> c.getString("buyer_data_access")));
        assertEquals(expected, listed);
    }

    private long answered(String operation) {
        return control.calls(operation).stream().filter(c -> c.status() == 200).count();
    }

    private void assertRelayRefused(int code, JsonObject notification) {
        JsonObject answer = client.postJson("amazon.notification.process", notification.toString());
        assertEquals(code, answer.getInt("return_code"), answer.toString());
    }

    private static void assertRounded(JsonObject plain, JsonObject rounded, String field) {
        if (plain.isNull(field)) {
            assertTrue(rounded.isNull(field), field);
            return;
        }
        BigDecimal expected = plain.getJsonNumber(field).bigDecimalValue().setScale(1, java.math.RoundingMode.HALF_UP);
        assertEquals(0, expected.compareTo(rounded.getJsonNumber(field).bigDecimalValue()), field + ": " + rounded);
        assertTrue(rounded.getJsonNumber(field).bigDecimalValue().scale() <= 1, field);
    }

    private JsonObject info(Store store, String orderId, Map<String, String> more) {
        Map<String, String> query = new HashMap<>(more);
        query.put("store_key", store.key());
        query.put("order_id", orderId);
        query.put("params", "force_all");
        JsonObject answer = client.get("order.info", query);
        assertEquals(0, answer.getInt("return_code"), answer.toString());
        return answer.getJsonObject("result");
    }

    private String status(Store store, String orderId) {
        return info(store, orderId, Map.of()).getJsonObject("status").getString("name");
    }

    /** The sandbox's clock a day ahead and the store synced at once: a day of new orders and changes. */
    private int arrive(Store store) {
        sandbox.testClock().advance(Duration.ofDays(1));
        return count(store, Map.of("enable_cache", "false"));
    }

    private int total(Store store) {
        return count(store, Map.of());
    }

    private int count(Store store, Map<String, String> filter) {
        Map<String, String> query = new HashMap<>(filter);
        query.put("store_key", store.key());
        JsonObject count = client.get("order.count", query);
        assertEquals(0, count.getInt("return_code"), count.toString());
        return count.getJsonObject("result").getInt("orders_count");
    }

    private List<String> allOrders(Store store) {
        List<String> all = new ArrayList<>();
        for (int start = 0; ; start += 250) {
            List<String> page = ids(client.get("order.list", Map.of("store_key", store.key(), "start",
                    String.valueOf(start), "count", "250", "params", "order_id")));
            all.addAll(page);
            if (page.size() < 250) {
                return all;
            }
        }
    }

    private List<String> ids(JsonObject answer) {
        return orders(answer).stream().map(o -> o.getString("order_id")).toList();
    }

    private static String displayStatus(String amazonStatus) {
        return switch (amazonStatus) {
            case "PARTIALLY_SHIPPED" -> "PartiallyShipped";
            case "CANCELLED" -> "Canceled";
            default -> amazonStatus.charAt(0) + amazonStatus.substring(1).toLowerCase();
        };
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
