package dev.spgateway.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.spgateway.launch.GatewayProcess;
import dev.spgateway.sandbox.SpApiSandbox;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.management.remote.JMXConnector;
import org.junit.jupiter.api.Test;

/**
 * The load benchmark: 200 concurrent connections for 60 s of mixed calls against one server — cached
 * product.list, product.count and product.info, cart.info, cart.methods, cold product.list on stores whose
 * reports are still being made, and bad requests — each kind driven by its own wrk process so that every kind
 * gets its own throughput and percentiles. Counts transport errors and answers with code 9, and samples the
 * server's resident memory and heap after a full collection at the start, the middle and the end. Needs the
 * packaged WAR and wrk; writes target/benchmarks/mixed-load.txt.
 */
class MixedLoadBenchmark {

    private static final String KEY = "mixed-load-account-key-0001";
    private static final int CATALOG = 10_000;
    private static final int COLD_STORES = 6;
    private static final int SECONDS = Integer.getInteger("bench.load.seconds", 60);
    private static final int WARMUP_SECONDS = Integer.getInteger("bench.load.warmup-seconds", 15);

    @Test
    void mixedCallsUnderTwoHundredConnections() throws Exception {
        Path workDir = SandboxedGateway.workDir("mixed-load");
        int jmxPort = SandboxedGateway.freePort();
        try (SpApiSandbox sandbox = SpApiSandbox.start();
                GatewayProcess gateway = profiled(SandboxedGateway.withRemoteJmx(
                        SandboxedGateway.configure(GatewayProcess.fromBuild(workDir), sandbox), jmxPort))
                        .property("spgateway.data-dir", "./" + workDir.resolve("data"))
                        .property("spgateway.bootstrap.api-key", KEY)
                        .start();
                JMXConnector jmx = SandboxedGateway.connectJmx(jmxPort)) {
            GatewayClient client = new GatewayClient(gateway.baseUrl(), KEY);
            Map<String, Kind> kinds = kinds(sandbox, client);
            MemoryMXBean memory = ManagementFactory.newPlatformMXBeanProxy(jmx.getMBeanServerConnection(),
                    ManagementFactory.MEMORY_MXBEAN_NAME, MemoryMXBean.class);

            List<String> report = new ArrayList<>();
            warmUp(gateway.baseUrl(), kinds);
            report.add("200 connections for " + SECONDS + " s after " + WARMUP_SECONDS + " s of cached calls;"
                    + " one wrk process per kind of call, all at once");
            report.add("memory at start:  " + memoryNow(gateway, memory) + "; load average " + loadAverage());
            LoadAccounting accounting = LoadAccounting.start(gateway.pid(), jmx.getMBeanServerConnection());
            Map<String, CompletableFuture<Map<String, String>>> runs = new LinkedHashMap<>();
            kinds.forEach((name, kind) -> runs.put(name, CompletableFuture.supplyAsync(
                    () -> wrk(gateway.baseUrl(), kind))));
            TimeUnit.SECONDS.sleep(SECONDS / 2);
            report.add("memory at middle: " + memoryNow(gateway, memory));
            CompletableFuture.allOf(runs.values().toArray(CompletableFuture[]::new)).join();
            Map<String, Map<String, String>> results = new LinkedHashMap<>();
            runs.forEach((name, run) -> results.put(name, run.join()));
            report.add("cost: " + accounting.per(results.values().stream()
                    .mapToLong(figures -> Long.parseLong(figures.get("answered"))).sum()));
            report.add("memory at end:    " + memoryNow(gateway, memory) + "; load average " + loadAverage());

            results.forEach((name, figures) -> report.add(String.format(
                    "%-22s %3d conns  %9s req/s  p50 %8s ms  p99 %8s ms  answered %7s  code 9: %s  transport"
                            + " errors: %s  non-2xx: %s",
                    name, kinds.get(name).connections(), figures.get("rps"), figures.get("p50_ms"),
                    figures.get("p99_ms"), figures.get("answered"), figures.get("code9"),
                    figures.get("transport_errors"), figures.get("non2xx"))));
            Path out = Path.of("target", "benchmarks", "mixed-load.txt");
            Files.createDirectories(out.getParent());
            Files.write(out, report, StandardCharsets.UTF_8);
            report.forEach(System.out::println);
            results.forEach((name, figures) -> {
                assertEquals("0", figures.get("transport_errors"), name + ": transport errors");
                assertEquals("0", figures.get("code9"), name + ": answers with code 9");
            });
        }
    }

    /** With {@code -Dbench.jfr=FILE} the server records a Java Flight Recording of the whole run. */
    private static GatewayProcess profiled(GatewayProcess gateway) {
        String recording = System.getProperty("bench.jfr");
        return recording == null ? gateway
                : gateway.jvmOption("-XX:StartFlightRecording=settings=profile,filename=" + recording);
    }

    /** The kinds of call, their share of the 200 connections and the paths each cycles through. */
    private static Map<String, Kind> kinds(SpApiSandbox sandbox, GatewayClient client) {
        String hot = SandboxStores.connect(sandbox.control(), client, CATALOG, Duration.ZERO).key();
        JsonObject warm = client.get("product.list", Map.of("store_key", hot, "count", "50"));
        assertEquals(0, warm.getInt("return_code"), warm.toString());
        List<String> ids = warm.getJsonObject("result").getJsonArray("product").stream()
                .map(product -> product.asJsonObject().getString("id")).toList();
        List<String> cold = new ArrayList<>();
        for (int i = 0; i < COLD_STORES; i++) {
            // a report that takes longer than the call may wait: the first calls answer 107, later ones the data
            String store = SandboxStores.connect(sandbox.control(), client, 2_000, Duration.ofSeconds(20)).key();
            cold.add("/v1.1/product.list.json?store_key=" + store);
        }
        String base = "/v1.1/product.list.json?store_key=" + hot;
        Map<String, Kind> kinds = new LinkedHashMap<>();
        // API2Cart's default page (10) at a few places; a 250-row page costs about twenty times as much to write
        kinds.put("product.list cached", new Kind(50, List.of(base + "&count=10&start=5000", base,
                base + "&count=10&start=9990")));
        kinds.put("product.count", new Kind(20, List.of("/v1.1/product.count.json?store_key=" + hot)));
        kinds.put("product.info", new Kind(30, ids.stream()
                .map(id -> "/v1.1/product.info.json?store_key=" + hot + "&id="
                        + URLEncoder.encode(id, StandardCharsets.UTF_8)).toList()));
        kinds.put("cart.info", new Kind(30, List.of("/v1.1/cart.info.json?store_key=" + hot)));
        kinds.put("cart.methods", new Kind(20, List.of("/v1.1/cart.methods.json")));
        kinds.put("product.list cold", new Kind(20, cold));
        kinds.put("bad requests", new Kind(30, List.of("/v1.1/product.list.json?store_key=no-such-store",
                "/v1.1/no.such.method.json", base + "&count=100000", "/v1.1/product.info.json?store_key=" + hot,
                base + "&page_cursor=forged", base + "&start=-1", "/v1.1/product.list.json")));
        return kinds;
    }

    /**
     * The cached calls once before the counted run, so that the server's hot code is compiled when counting
     * starts (the cold stores are left alone: their reports must still be in the making when it does).
     */
    private static void warmUp(String baseUrl, Map<String, Kind> kinds) {
        if (WARMUP_SECONDS > 0) {
            List<String> paths = kinds.entrySet().stream().filter(kind -> !kind.getKey().contains("cold"))
                    .flatMap(kind -> kind.getValue().paths().stream()).toList();
            wrk(baseUrl, new Kind(50, paths), WARMUP_SECONDS);
        }
    }

    private static Map<String, String> wrk(String baseUrl, Kind kind) {
        return wrk(baseUrl, kind, SECONDS);
    }

    private static Map<String, String> wrk(String baseUrl, Kind kind, int seconds) {
        List<String> command = new ArrayList<>(List.of("wrk", "-t1", "-c" + kind.connections(),
                "-d" + seconds + "s", "--timeout", "30s", "-H", "x-api-key: " + KEY, "-s", script().toString(),
                baseUrl, "--"));
        command.addAll(kind.paths());
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output;
            try (InputStream in = process.getInputStream()) {
                output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            process.waitFor();
            Map<String, String> figures = new LinkedHashMap<>();
            output.lines().map(line -> line.split(" ")).filter(parts -> parts.length == 2)
                    .forEach(parts -> figures.put(parts[0], parts[1]));
            if (!figures.containsKey("rps")) {
                throw new IllegalStateException("wrk printed no summary:\n" + output);
            }
            return figures;
        } catch (IOException e) {
            throw new IllegalStateException("wrk could not run (apt-get install wrk)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Path script() {
        return Path.of("target", "test-classes", "bench", "mixed-load.lua").toAbsolutePath();
    }

    /** Resident memory of the server process and its heap after a full collection. */
    private static String memoryNow(GatewayProcess gateway, MemoryMXBean memory) throws IOException {
        memory.gc();
        long heap = memory.getHeapMemoryUsage().getUsed();
        String rss = Files.readAllLines(Path.of("/proc", Long.toString(gateway.pid()), "status")).stream()
                .filter(line -> line.startsWith("VmRSS:")).findFirst().orElse("VmRSS: ? kB")
                .replace("VmRSS:", "").trim();
        return "RSS " + rss + ", heap after GC " + heap / (1024 * 1024) + " MiB";
    }

    private static String loadAverage() throws IOException {
        return Files.readString(Path.of("/proc/loadavg")).trim();
    }

    private record Kind(int connections, List<String> paths) {
    }
}
