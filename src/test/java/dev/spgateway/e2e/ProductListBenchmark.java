package dev.spgateway.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.spgateway.launch.GatewayProcess;
import dev.spgateway.sandbox.SpApiSandbox;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Benchmark (b): cached product.list under wrk, next to cart.methods — the API's most trivial method,
 * through the same JAX-RS resource, key check and envelope — on the same server. Needs the packaged WAR
 * ({@code mvn -B -DskipTests package} first) and wrk on the PATH. Writes target/benchmarks/product-list.txt.
 */
class ProductListBenchmark {

    private static final String KEY = "benchmark-account-key-00001";
    private static final int CATALOG = 10_000;
    private static final String DURATION = System.getProperty("bench.duration", "20s");
    private static final String CONNECTIONS = System.getProperty("bench.connections", "16");
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 2);

    @Test
    void cachedProductListThroughputAndLatency() throws Exception {
        Path workDir = SandboxedGateway.workDir("bench");
        try (SpApiSandbox sandbox = SpApiSandbox.start();
                GatewayProcess gateway = profiled(SandboxedGateway.configure(GatewayProcess.fromBuild(workDir), sandbox))
                        .property("spgateway.data-dir", "./" + workDir.resolve("data"))
                        .property("spgateway.bootstrap.api-key", KEY)
                        .start()) {
            GatewayClient client = new GatewayClient(gateway.baseUrl(), KEY);
            String storeKey = SandboxStores.connect(sandbox.control(), client, CATALOG, Duration.ZERO).key();
            JsonObject warm = client.get("product.list", Map.of("store_key", storeKey));
            assertEquals(0, warm.getInt("return_code"), warm.toString());

            String cartMethods = gateway.baseUrl() + "/v1.1/cart.methods.json";
            String productList = gateway.baseUrl() + "/v1.1/product.list.json?store_key=" + storeKey
                    + "&count=10&start=5000";
            List<String> report = new ArrayList<>();
            report.add("catalog " + CATALOG + " rows, wrk -t2 -c" + CONNECTIONS + " -d" + DURATION
                    + ", rounds alternate after warming both");
            String allFields = productList + "&params=force_all";
            wrk(gateway, cartMethods);
            wrk(gateway, productList);
            wrk(gateway, allFields);
            for (int round = 1; round <= ROUNDS; round++) {
                report.add("round " + round + " cart.methods                  " + wrk(gateway, cartMethods));
                report.add("round " + round + " product.list                  " + wrk(gateway, productList));
                report.add("round " + round + " product.list params=force_all " + wrk(gateway, allFields));
            }
            Path out = Path.of("target", "benchmarks", "product-list.txt");
            Files.createDirectories(out.getParent());
            Files.write(out, report, StandardCharsets.UTF_8);
            report.forEach(System.out::println);
        }
    }

    /** With {@code -Dbench.jfr=FILE} the server records a Java Flight Recording of the whole run. */
    private static GatewayProcess profiled(GatewayProcess gateway) {
        String recording = System.getProperty("bench.jfr");
        return recording == null ? gateway
                : gateway.jvmOption("-XX:StartFlightRecording=settings=profile,filename=" + recording);
    }

    /**
     * Runs wrk and keeps requests per second, the 50th and 99th percentile latencies and the server's CPU time
     * (user + system) per request, which the other work on a shared machine moves far less than the rate.
     */
    private static String wrk(GatewayProcess gateway, String url) throws IOException, InterruptedException {
        long ticksBefore = cpuTicks(gateway.pid());
        Process process = new ProcessBuilder("wrk", "-t2", "-c" + CONNECTIONS, "-d" + DURATION, "--latency",
                "-H", "x-api-key: " + KEY, url).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        long ticks = cpuTicks(gateway.pid()) - ticksBefore;
        long requests = Long.parseLong(find(output, "(\\d+) requests in"));
        return find(output, "Requests/sec:\\s+(\\S+)") + " req/s, p50 " + find(output, "\\s50%\\s+(\\S+)")
                + ", p99 " + find(output, "\\s99%\\s+(\\S+)") + ", errors " + find(output, "Non-2xx[^:]*:\\s+(\\d+)")
                + String.format(", server CPU %.0f µs per request", ticks * 10_000.0 / Math.max(1, requests));
    }

    /** User + system time of a process in Linux's hundredths of a second (/proc/PID/stat, fields 14 and 15). */
    private static long cpuTicks(long pid) throws IOException {
        String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }

    private static String find(String output, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(output);
        return matcher.find() ? matcher.group(1) : "0";
    }
}
