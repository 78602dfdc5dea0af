package dev.spgateway.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.spgateway.launch.GatewayProcess;
import dev.spgateway.sandbox.SpApiSandbox;
import dev.spgateway.sandbox.control.SandboxControl;
import dev.spgateway.sandbox.orders.OrderLedger;
import dev.spgateway.sandbox.time.MutableClock;
import dev.spgateway.sandbox.usageplan.UsagePlan;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Benchmark (d): a store with 3,000 orders over 90 days on the sandbox, its clock and Amazon's usage plans in
 * real time. Measures how long until order.count for the whole window is exact and every page answers with
 * items (a client retrying every second through the 107s), the SP-API calls per operation, next to what a
 * searchOrders-only walk needs under the same plan; then cached order.list (count=100) under wrk next to
 * cart.methods. Needs the packaged WAR and wrk; writes target/benchmarks/order-backfill.txt.
 */
class OrderBackfillBenchmark {

    private static final String KEY = "order-bench-account-key-0001";
    private static final String US = "ATVPDKIKX0DER";
    private static final int BOOK = 3000;
    private static final int PAGE = 100;
    private static final Duration IN_QUEUE = Duration.ofSeconds(Integer.getInteger("bench.report.queue", 30));
    private static final Duration IN_PROGRESS = Duration.ofSeconds(Integer.getInteger("bench.report.progress", 90));
    private static final String DURATION = System.getProperty("bench.duration", "20s");
    private static final String CONNECTIONS = System.getProperty("bench.connections", "16");
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 2);

    @Test
    void historyCompleteThroughTheOrderReportAndCachedOrderList() throws Exception {
        Path workDir = SandboxedGateway.workDir("order-bench");
        try (SpApiSandbox sandbox = SpApiSandbox.start(MutableClock.ticking());
                GatewayProcess gateway = SandboxedGateway.configure(GatewayProcess.fromBuild(workDir), sandbox)
                        .property("spgateway.data-dir", "./" + workDir.resolve("data"))
                        .property("spgateway.bootstrap.api-key", KEY)
                        .property("spgateway.order.history", "P91D")
                        .start()) {
            GatewayClient client = new GatewayClient(gateway.baseUrl(), KEY);
            SandboxControl control = sandbox.control();
            SandboxControl.AppCredentials app = control.registerApplication(true);
            String sellerId = control.registerSeller(List.of(US)).sellerId();
            control.setOrderBookSize(sellerId, BOOK);
            control.setReportDurations(sellerId, IN_QUEUE, IN_PROGRESS);
            JsonObject added = client.post("account.cart.add", SandboxStores.cartAddParameters(app, sellerId,
                    control.authorize(sellerId, app.clientId()), "us-east-1"));
            assertEquals(0, added.getInt("return_code"), added.toString());
            String storeKey = added.getJsonObject("result").getString("store_key");
            control.clearCalls();

            List<String> report = new ArrayList<>();
            report.add("store of " + BOOK + " orders over 90 days; the order report takes " + IN_QUEUE.toSeconds()
                    + " s in queue and " + IN_PROGRESS.toSeconds() + " s in progress; sandbox clock and usage plans"
                    + " in real time");
            long started = System.nanoTime();
            int notReady = 0;
            JsonObject count;
            while ((count = client.get("order.count", Map.of("store_key", storeKey))).getInt("return_code") == 107) {
                notReady++;
                Thread.sleep(1000); // a client's retry pause, not a synchronisation
            }
            assertEquals(0, count.getInt("return_code"), count.toString());
            int pagesWithItems = pagesWithItems(client, storeKey, count.getJsonObject("result").getInt("orders_count"));
            double seconds = (System.nanoTime() - started) / 1e9;
            Instant settled = sandbox.clock().instant().minus(Duration.ofMinutes(2));
            int expected = new OrderLedger().ordersAt(control.seller(sellerId), settled).size();
            report.add(String.format("order.count exact and every page with items after %.1f s (%d answers 107"
                    + " first); orders_count %d, the book %d; %d pages of %d, all with items", seconds, notReady,
                    count.getJsonObject("result").getInt("orders_count"), expected, pagesWithItems, PAGE));
            report.add("SP-API calls until then: " + control.callCounts());
            UsagePlan plan = control.usagePlan("searchOrders");
            int pages = (BOOK + PAGE - 1) / PAGE;
            double walk = Math.max(0, pages - plan.burst()) / plan.rate();
            report.add(String.format("searchOrders-only under the same plan (rate %s/s, burst %d): %d pages, the"
                    + " last after %.0f s (%.1f min), %d searchOrders calls", plan.rateText(), plan.burst(), pages,
                    walk, walk / 60, pages));

            String cartMethods = gateway.baseUrl() + "/v1.1/cart.methods.json";
            String orderList = gateway.baseUrl() + "/v1.1/order.list.json?store_key=" + storeKey + "&count=100&start=1000";
            wrk(cartMethods);
            wrk(orderList);
            for (int round = 1; round <= ROUNDS; round++) {
                report.add("round " + round + " cart.methods              " + wrk(cartMethods));
                report.add("round " + round + " order.list count=100      " + wrk(orderList));
            }
            report.add("SP-API calls at the end: " + control.callCounts() + ", throttled (429): " + throttled(control));
            Path out = Path.of("target", "benchmarks", "order-backfill.txt");
            Files.createDirectories(out.getParent());
            Files.write(out, report, StandardCharsets.UTF_8);
            report.forEach(System.out::println);
        }
    }

    private static long throttled(SandboxControl control) {
        return control.callCounts().keySet().stream().flatMap(op -> control.calls(op).stream())
                .filter(c -> c.status() == 429).count();
    }

    /** Walks every page of 100 and answers how many had only orders with items. */
    private static int pagesWithItems(GatewayClient client, String storeKey, int total) {
        int good = 0;
        for (int start = 0; start < total; start += PAGE) {
            JsonObject page = client.get("order.list", Map.of("store_key", storeKey, "start", String.valueOf(start),
                    "count", String.valueOf(PAGE)));
            assertEquals(0, page.getInt("return_code"), page.toString());
            boolean items = page.getJsonObject("result").getJsonArray("order").getValuesAs(JsonObject.class).stream()
                    .allMatch(o -> !o.getJsonArray("order_products").isEmpty());
            good += items ? 1 : 0;
        }
        return good;
    }

    private static String wrk(String url) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("wrk", "-t2", "-c" + CONNECTIONS, "-d" + DURATION, "--latency",
                "-H", "x-api-key: " + KEY, url).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        return find(output, "Requests/sec:\\s+(\\S+)") + " req/s, p50 " + find(output, "\\s50%\\s+(\\S+)")
                + ", p99 " + find(output, "\\s99%\\s+(\\S+)") + ", errors " + find(output, "Non-2xx[^:]*:\\s+(\\d+)");
    }

    private static String find(String output, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(output);
        return matcher.find() ? matcher.group(1) : "0";
    }
}
