package dev.spgateway.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spgateway.launch.GatewayProcess;
import dev.spgateway.sandbox.SpApiSandbox;
import dev.spgateway.sandbox.control.CallRecord;
import dev.spgateway.sandbox.control.SandboxControl;
import dev.spgateway.sandbox.orders.LedgerOrder;
import dev.spgateway.sandbox.orders.OrderLedger;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * A store larger than searchOrders' burst gets its history from the flat-file order report: 107 with the
 * report's id while Amazon makes it (the same report after a restart), then the whole window at once, exact,
 * every order with its items; the order item ids follow in the background; not one throttled call.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OrderBackfillIT {

    private static final String KEY = "order-backfill-it-key-0001";
    private static final String US = "ATVPDKIKX0DER";
    /** Beyond the 20 pages of 100 that searchOrders' burst allows. */
    private static final int BOOK = 2500;
    private static final Pattern REQUEST_ID = Pattern.compile("report_request_id=([^)]+)\\)");

    private SpApiSandbox sandbox;
    private SandboxControl control;
    private Path workDir;
    private GatewayProcess gateway;
    private GatewayClient client;
    private String sellerId;
    private String storeKey;
    private String reportRequestId;

    @BeforeAll
    void start() throws Exception {
        sandbox = SpApiSandbox.start();
        control = sandbox.control();
        workDir = SandboxedGateway.workDir("order-backfill");
        gateway = boot();
        SandboxControl.AppCredentials app = control.registerApplication(true);
        sellerId = control.registerSeller(List.of(US)).sellerId();
        control.setOrderBookSize(sellerId, BOOK);
        control.setReportDurations(sellerId, Duration.ofSeconds(20), Duration.ofSeconds(40));
        JsonObject added = client.post("account.cart.add", SandboxStores.cartAddParameters(app, sellerId,
                control.authorize(sellerId, app.clientId()), "us-east-1"));
        assertEquals(0, added.getInt("return_code"), added.toString());
        storeKey = added.getJsonObject("result").getString("store_key");
    }

    private GatewayProcess boot() throws Exception {
        GatewayProcess started = SandboxedGateway.configure(GatewayProcess.fromBuild(workDir), sandbox)
                .property("spgateway.data-dir", "./" + workDir.resolve("data"))
                .property("spgateway.bootstrap.api-key", KEY)
                // the whole book, which starts 90 days before the seller's registration
                .property("spgateway.order.history", "P91D")
                .property("spgateway.report.max-wait", "PT1S")
                .start();
        client = new GatewayClient(started.baseUrl(), KEY);
        return started;
    }

    @AfterAll
    void stop() {
        if (gateway != null) {
            gateway.stop();
        }
        if (sandbox != null) {
            sandbox.stop();
        }
    }

    @Test
    @Order(1)
    void whileTheReportIsMadeTheAnswerIs107WithItsIdAndARetryFollowsTheSameReport() {
        JsonObject first = client.get("order.count", Map.of("store_key", storeKey));
        assertEquals(107, first.getInt("return_code"), first.toString());
        Matcher id = REQUEST_ID.matcher(first.getString("return_message"));
        assertTrue(id.find(), first.toString());
        reportRequestId = id.group(1);
        JsonObject again = client.get("order.list", Map.of("store_key", storeKey));
        assertEquals(107, again.getInt("return_code"), again.toString());
        assertTrue(again.getString("return_message").contains("report_request_id=" + reportRequestId), again.toString());
        assertEquals(1, control.callCount("createReport"));
        assertEquals(0, control.callCount("searchOrders"), "no searchOrders before the history is in");
    }

    @Test
    @Order(2)
    void aRestartMidBackfillFollowsTheSameReport() throws Exception {
        gateway.stop();
        gateway = boot();
        JsonObject after = client.get("order.count", Map.of("store_key", storeKey));
        assertEquals(107, after.getInt("return_code"), after.toString());
        assertTrue(after.getString("return_message").contains("report_request_id=" + reportRequestId), after.toString());
        assertEquals(1, control.callCount("createReport"), "the restart requested no report");
    }

    @Test
    @Order(3)
    void onceTheReportIsDoneTheWholeWindowIsThereExactWithItems() throws Exception {
        // Amazon finishes the report; the searchOrders windows settle two minutes behind its clock
        sandbox.testClock().advance(Duration.ofMinutes(5));
        JsonObject[] count = new JsonObject[1];
        Eventually.await(Duration.ofSeconds(60), () -> "order.count answered " + count[0], () -> {
            count[0] = client.get("order.count", Map.of("store_key", storeKey));
            return count[0].getInt("return_code") == 0;
        });
        assertEquals(1, control.callCount("createReport"));
        Map<String, LedgerOrder> book = book();
        assertTrue(book.size() > 2000, book.size() + " orders");
        assertEquals(book.size(), count[0].getJsonObject("result").getInt("orders_count"));
        Map<String, JsonObject> seen = walk();
        assertEquals(book.keySet(), seen.keySet());
        Instant now = sandbox.clock().instant();
        seen.forEach((id, order) -> assertIsBook(book.get(id), order, now));
    }

    @Test
    @Order(4)
    void theOrderItemIdsFollowInTheBackgroundWithoutOneThrottledCall() throws Exception {
        Map<String, LedgerOrder> book = book();
        int[] detailed = new int[1];
        // the rest of the burst, less what readers' syncs take, goes to the fill at once; every page it
        // fetched is stored (no request spent for nothing)
        Eventually.await(Duration.ofSeconds(90), () -> detailed[0] + " orders with their item ids after "
                + fillCalls() + " pages of the fill", () -> {
                    int pages = fillCalls();
                    detailed[0] = (int) walk().values().stream().filter(o -> !o.getJsonArray("order_products")
                            .getJsonObject(0).isNull("order_product_id")).count();
                    return pages >= 10 && detailed[0] >= (pages - 1) * 100;
                });
        walk().forEach((id, order) -> {
            List<JsonObject> products = order.getJsonArray("order_products").getValuesAs(JsonObject.class);
            for (int i = 0; i < products.size(); i++) {
                JsonObject p = products.get(i);
                assertTrue(p.isNull("order_product_id") || book.get(id).items().get(i).orderItemId()
                        .equals(p.getString("order_product_id")), p.toString());
            }
        });
        for (String operation : List.of("createReport", "getReport", "getReportDocument", "searchOrders", "getOrder")) {
            List<CallRecord> failed = control.calls(operation).stream().filter(c -> c.status() != 200
                    && c.status() != 202).toList();
            assertEquals(List.of(), failed, operation);
        }
    }

    private int fillCalls() {
        return (int) control.calls("searchOrders").stream().filter(c -> c.query() != null
                && c.query().contains("createdAfter")).count();
    }

    /** Every order that exists two minutes before the sandbox's now: the report and the catch-up cover those. */
    private Map<String, LedgerOrder> book() {
        Instant settled = sandbox.clock().instant().minus(Duration.ofMinutes(2));
        Map<String, LedgerOrder> book = new HashMap<>();
        new OrderLedger().ordersAt(control.seller(sellerId), settled).forEach(o -> book.put(o.orderId(), o));
        return book;
    }

    private Map<String, JsonObject> walk() {
        Map<String, JsonObject> seen = new HashMap<>();
        for (int start = 0; ; start += 250) {
            JsonObject page = client.get("order.list", Map.of("store_key", storeKey, "start", String.valueOf(start),
                    "count", "250", "params", "force_all"));
            assertEquals(0, page.getInt("return_code"), page.toString());
            List<JsonObject> orders = new ArrayList<>(page.getJsonObject("result").getJsonArray("order")
                    .getValuesAs(JsonObject.class));
            orders.forEach(o -> assertTrue(seen.put(o.getString("order_id"), o) == null, o.getString("order_id")));
            if (orders.size() < 250) {
                return seen;
            }
        }
    }

    /**
     * As the book has it now or two minutes ago: the catch-up's window ends two minutes back, while a page
     * of the background fill may already have the latest state.
     */
    private static void assertIsBook(LedgerOrder expected, JsonObject order, Instant now) {
        String status = order.getJsonObject("status").getString("name");
        assertTrue(status.equals(name(expected.statusAt(now)))
                || status.equals(name(expected.statusAt(now.minus(Duration.ofMinutes(2))))), expected.orderId());
        assertEquals(money(expected.grandTotal()), order.getJsonObject("total").getJsonNumber("total")
                .bigDecimalValue().stripTrailingZeros(), expected.orderId());
        List<JsonObject> products = order.getJsonArray("order_products").getValuesAs(JsonObject.class);
        assertEquals(expected.items().size(), products.size());
        assertFalse(products.isEmpty());
        for (int i = 0; i < products.size(); i++) {
            LedgerOrder.Item item = expected.items().get(i);
            assertEquals(item.sellerSku(), products.get(i).getString("product_id"));
            assertEquals(item.quantity(), products.get(i).getInt("quantity"));
            assertEquals(money(item.unitPrice()), products.get(i).getJsonNumber("price").bigDecimalValue()
                    .stripTrailingZeros());
        }
    }

    private static String name(String amazonStatus) {
        return switch (amazonStatus) {
            case "PARTIALLY_SHIPPED" -> "PartiallyShipped";
            case "CANCELLED" -> "Canceled";
            default -> amazonStatus.charAt(0) + amazonStatus.substring(1).toLowerCase();
        };
    }

    private static BigDecimal money(long cents) {
        return BigDecimal.valueOf(cents, 2).stripTrailingZeros();
    }
}
