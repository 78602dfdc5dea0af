package dev.spgateway.sandbox;

import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A 1,000,000-row listings report downloaded from an in-process sandbox while the JVM has 128 MB of heap
 * (mvn -B -Pbench test). Sandbox and reader share the heap, so the peak covers both.
 */
class ListingsBenchmark {

    private static final long ROWS = 1_000_000;
    private static final long MB = 1024 * 1024;

    @Test
    void millionRowListingsReportStreamsInSmallHeap() throws Exception {
        assertTrue(Runtime.getRuntime().maxMemory() <= 128 * MB, "run with -Xmx128m (the bench profile does)");
        try (SandboxFixture f = new SandboxFixture(false)) {
            f.control.setReportDurations(f.sellerId, Duration.ZERO, Duration.ZERO);
            f.control.updateCatalog(f.sellerId, c -> c.withSize(ROWS));
            String reportId = f.client.post("/reports/2021-06-30/reports", f.token,
                    "{\"reportType\":\"GET_MERCHANT_LISTINGS_ALL_DATA\",\"marketplaceIds\":[\"ATVPDKIKX0DER\"]}")
                    .json().get("reportId").asText();
            String documentId = f.client.get("/reports/2021-06-30/reports/" + reportId, f.token).json()
                    .get("reportDocumentId").asText();
            String url = f.client.get("/reports/2021-06-30/documents/" + documentId, f.token).json().get("url").asText();

            System.gc();
            ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
            long start = System.nanoTime();
            long lines = 0;
            long bytes = 0;
            HttpResponse<InputStream> response = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                    .send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofInputStream());
            byte[] buffer = new byte[1 << 16];
            try (InputStream in = response.body()) {
                for (int n; (n = in.read(buffer)) > 0; ) {
                    bytes += n;
                    for (int i = 0; i < n; i++) {
                        if (buffer[i] == '\n') {
                            lines++;
                        }
                    }
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            long peak = ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(p -> p.getType() == MemoryType.HEAP)
                    .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
            assertEquals(ROWS + 1, lines);
            System.out.printf(Locale.ROOT, "listings benchmark: %d rows, %.1f MB in %.2f s = %.0f rows/s, "
                            + "peak heap %.1f MB of max %d MB%n", ROWS, bytes / (double) MB, seconds, ROWS / seconds,
                    peak / (double) MB, Runtime.getRuntime().maxMemory() / MB);
            assertTrue(peak < 128 * MB);
        }
    }
}
