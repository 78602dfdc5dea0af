package dev.spgateway.report.control;

import dev.spgateway.sandbox.listings.ListingsCatalog;
import dev.spgateway.sandbox.listings.ListingsDocumentWriter;
import dev.spgateway.sandbox.listings.ListingsEncoding;
import dev.spgateway.sandbox.listings.ListingsReportType;
import dev.spgateway.sandbox.sellers.Marketplace;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

/**
 * The 1,000,000-row GZIP Cp1252 listings report the report benchmarks share (generated once into
 * target/bench), and the heap readings they take.
 */
final class BenchmarkListings {

    static final int ROWS = 1_000_000;
    static final long MB = 1024 * 1024;
    static final String CONTENT_TYPE = ListingsEncoding.CP1252.contentType();
    static final String US = "ATVPDKIKX0DER";
    static final Path FILE = Path.of("target", "bench", "listings-1m-cp1252.tsv.gz");

    private BenchmarkListings() {
    }

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

    static ListingTable readTable() throws IOException {
        return ListingsDocumentReader.readTable(Files.newInputStream(FILE), true, CONTENT_TYPE, US);
    }

    /** Other processes on the machine skew timings; the record says how busy it was. */
    static String loadAverage() {
        return String.format(Locale.ROOT, "%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    static void resetPeaks() {
        gc();
        heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** Sum of the heap pools' peaks since the last reset (an upper bound: pools peak at different times). */
    static long peakHeap() {
        return heapPools().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    static long usedHeap() {
        return heapPools().mapToLong(p -> p.getUsage().getUsed()).sum();
    }

    static long maxHeap() {
        return Runtime.getRuntime().maxMemory();
    }

    static void gc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
    }

    private static Stream<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP);
    }
}
