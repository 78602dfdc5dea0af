package dev.spgateway.report.control;

import dev.spgateway.sandbox.listings.ListingsCatalog;
import dev.spgateway.sandbox.listings.ListingsDocumentWriter;
import dev.spgateway.sandbox.listings.ListingsEncoding;
import dev.spgateway.sandbox.listings.ListingsReportType;
import dev.spgateway.sandbox.sellers.Marketplace;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A 1,000,000-row GZIP Cp1252 listings report (mvn -B -Pbench test): parse time against
 * {@code gunzip -c | wc -l} on the same file, heap while parsing, and the finished table's heap and page
 * latency. Numbers go to standard output; docs/benchmarks.md records them.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ListingsParseBenchmark {

    private static final int ROWS = 1_000_000;
    private static final int RUNS = 3;
    private static final int PAGE = 250;
    private static final long MB = 1024 * 1024;
    private static final String CONTENT_TYPE = ListingsEncoding.CP1252.contentType();
    private static final String US = "ATVPDKIKX0DER";
    private static final Path FILE = Path.of("target", "bench", "listings-1m-cp1252.tsv.gz");

    @BeforeAll
    static void generateOnce() throws IOException {
        if (Files.exists(FILE)) {
            return;
        }
        Files.createDirectories(FILE.getParent());
        Path partial = FILE.resolveSibling(FILE.getFileName() + ".part");
        ListingsCatalog catalog = new ListingsCatalog(42, ROWS, Marketplace.byId(US).orElseThrow());
        try (OutputStream out = new GZIPOutputStream(new BufferedOutputStream(Files.newOutputStream(partial)), 1 << 16)) {
            ListingsDocumentWriter.write(catalog, ListingsReportType.GET_MERCHANT_LISTINGS_ALL_DATA,
                    ListingsEncoding.CP1252, out);
        }
        Files.move(partial, FILE);
    }

    @Test
    @Order(1)
    void parsingKeepsUpWithGunzipAndWc() throws Exception {
        double gunzip = Double.MAX_VALUE;
        double parse = Double.MAX_VALUE;
        long tablePeak = 0;
        // one untimed run first, so that the timed ones measure compiled code, as a server would run it
        assertEquals(ROWS, readTable().size());
        for (int run = 0; run < RUNS; run++) {
            gunzip = Math.min(gunzip, gunzipWcSeconds());
            resetPeaks();
            long start = System.nanoTime();
            ListingTable table = readTable();
            double seconds = (System.nanoTime() - start) / 1e9;
            assertEquals(ROWS, table.size());
            if (seconds < parse) {
                parse = seconds;
                tablePeak = peakHeap();
            }
        }
        long streamingPeak = streamingParsePeak();
        System.out.printf(Locale.ROOT, "parse benchmark: %d rows, %.1f MB gzip; gunzip -c | wc -l best %.2f s; "
                        + "parse into ListingTable best %.2f s = %.0f rows/s, ratio %.2f; peak heap building the table "
                        + "%.1f MB, streaming parse alone %.1f MB; max heap %d MB; %d cpus, load average %s%n",
                ROWS, Files.size(FILE) / (double) MB, gunzip, parse, ROWS / parse, parse / gunzip,
                tablePeak / (double) MB, streamingPeak / (double) MB, Runtime.getRuntime().maxMemory() / MB,
                Runtime.getRuntime().availableProcessors(), loadAverage());
        assertTrue(parse <= 2 * gunzip, "parse " + parse + " s vs gunzip|wc " + gunzip + " s");
        assertTrue(streamingPeak <= 256 * MB);
    }

    @Test
    @Order(2)
    void tableHeapAndPageLatency() throws IOException {
        gc();
        long before = usedHeap();
        ListingTable table = readTable();
        gc();
        long retained = usedHeap() - before;

        long[] pageNanos = new long[1000];
        SplittableRandom random = new SplittableRandom(7);
        long checksum = 0;
        for (int i = 0; i < pageNanos.length; i++) {
            int first = random.nextInt(table.size() - PAGE);
            long start = System.nanoTime();
            checksum += readPage(table, first);
            pageNanos[i] = System.nanoTime() - start;
        }
        long[] skuNanos = skuLookups(table, random);
        Arrays.sort(pageNanos);
        Arrays.sort(skuNanos);
        System.out.printf(Locale.ROOT, "table benchmark: %d rows retain %.1f MB (estimatedBytes %.1f MB); page of %d "
                        + "rows, all fields decoded: p50 %.3f ms, p99 %.3f ms, max %.3f ms; indexOfSku p50 %.1f us, "
                        + "p99 %.1f us (checksum %d); load average %s%n",
                table.size(), retained / (double) MB, table.estimatedBytes() / (double) MB, PAGE,
                percentile(pageNanos, 50) / 1e6, percentile(pageNanos, 99) / 1e6, pageNanos[pageNanos.length - 1] / 1e6,
                percentile(skuNanos, 50) / 1e3, percentile(skuNanos, 99) / 1e3, checksum, loadAverage());
        assertTrue(retained <= 512 * MB);
        assertTrue(percentile(pageNanos, 50) <= 10_000_000L);
    }

    private static long readPage(ListingTable table, int first) {
        long chars = 0;
        for (int i = first; i < first + PAGE; i++) {
            ListingRow row = table.row(i);
            for (ListingColumn column : ListingColumn.values()) {
                chars += row.get(column).length();
            }
        }
        return chars;
    }

    private static long[] skuLookups(ListingTable table, SplittableRandom random) {
        long[] nanos = new long[10_000];
        for (int i = 0; i < nanos.length; i++) {
            int index = random.nextInt(table.size());
            String sku = table.row(index).sku();
            long start = System.nanoTime();
            int found = table.indexOfSku(sku).orElseThrow();
            nanos[i] = System.nanoTime() - start;
            assertEquals(index, found);
        }
        return nanos;
    }

    private static ListingTable readTable() throws IOException {
        return ListingsDocumentReader.readTable(Files.newInputStream(FILE), true, CONTENT_TYPE, US);
    }

    /** The parser with a sink that keeps nothing: what parsing itself needs, whatever the document's size. */
    private static long streamingParsePeak() throws IOException {
        resetPeaks();
        long[] fields = new long[1];
        ListingSink counting = new ListingSink() {
            @Override
            public void columns(List<ListingColumn> columns) {
            }

            @Override
            public void field(int slot, char[] chars, int offset, int length) {
                fields[0]++;
            }

            @Override
            public void endRow() {
            }
        };
        try (InputStream in = Files.newInputStream(FILE)) {
            assertEquals(ROWS, ListingsDocumentReader.read(in, true, CONTENT_TYPE, US, counting));
        }
        return peakHeap();
    }

    private static double gunzipWcSeconds() throws IOException, InterruptedException {
        long start = System.nanoTime();
        Process process = new ProcessBuilder("sh", "-c", "gunzip -c \"$0\" | wc -l", FILE.toString())
                .redirectErrorStream(true).start();
        String lines = new String(process.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).strip();
        assertEquals(0, process.waitFor());
        double seconds = (System.nanoTime() - start) / 1e9;
        assertEquals(Integer.toString(ROWS + 1), lines);
        return seconds;
    }

    /** Other processes on the machine skew both timings; the record says how busy it was. */
    private static String loadAverage() {
        return String.format(Locale.ROOT, "%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private static void resetPeaks() {
        gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** Sum of the heap pools' peaks since the last reset (an upper bound: pools peak at different times). */
    private static long peakHeap() {
        return heapPools().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    private static long usedHeap() {
        return heapPools().mapToLong(p -> p.getUsage().getUsed()).sum();
    }

    private static java.util.stream.Stream<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP);
    }

    private static void gc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
    }

    private static long percentile(long[] sorted, int percent) {
        return sorted[Math.min(sorted.length - 1, sorted.length * percent / 100)];
    }
}
