package dev.spgateway.report.control;

import static dev.spgateway.report.control.BenchmarkListings.MB;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Benchmark (c), run by {@code mvn -B -Pbench package} in a JVM limited to 512 MB of heap, the target: the
 * heap a cached 1,000,000-row table holds, and the time to read a page of it at random starts.
 */
class ListingTableBenchmark {

    private static final int PAGE = 250;

    @BeforeAll
    static void generateOnce() throws IOException {
        BenchmarkListings.generateOnce();
    }

    @Test
    void tableHeapAndPageLatency() throws IOException {
        BenchmarkListings.gc();
        long before = BenchmarkListings.usedHeap();
        ListingTable table = BenchmarkListings.readTable();
        BenchmarkListings.gc();
        long retained = BenchmarkListings.usedHeap() - before;

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
                        + "p99 %.1f us (checksum %d); max heap %d MB, load average %s%n",
                table.size(), retained / (double) MB, table.estimatedBytes() / (double) MB, PAGE,
                percentile(pageNanos, 50) / 1e6, percentile(pageNanos, 99) / 1e6, pageNanos[pageNanos.length - 1] / 1e6,
                percentile(skuNanos, 50) / 1e3, percentile(skuNanos, 99) / 1e3, checksum,
                BenchmarkListings.maxHeap() / MB, BenchmarkListings.loadAverage());
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

    private static long percentile(long[] sorted, int percent) {
        return sorted[Math.min(sorted.length - 1, sorted.length * percent / 100)];
    }
}
