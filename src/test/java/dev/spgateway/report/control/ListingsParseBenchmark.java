package dev.spgateway.report.control;

import static dev.spgateway.report.control.BenchmarkListings.CONTENT_TYPE;
import static dev.spgateway.report.control.BenchmarkListings.FILE;
import static dev.spgateway.report.control.BenchmarkListings.MB;
import static dev.spgateway.report.control.BenchmarkListings.ROWS;
import static dev.spgateway.report.control.BenchmarkListings.US;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Benchmark (a), run by {@code mvn -B -Pbench package} (heap limit 512 MB, the budget of one table): a
 * 1,000,000-row GZIP Cp1252 listings report parsed into the table the cache keeps, timed against
 * {@code gunzip -c | wc -l} on the same file, and the heap of parsing alone. Numbers go to standard output;
 * docs/benchmarks.md records them.
 */
class ListingsParseBenchmark {

    private static final int RUNS = 3;

    @BeforeAll
    static void generateOnce() throws IOException {
        BenchmarkListings.generateOnce();
    }

    @Test
    void parsingKeepsUpWithGunzipAndWc() throws Exception {
        double gunzip = Double.MAX_VALUE;
        double parse = Double.MAX_VALUE;
        long tablePeak = 0;
        // one untimed run first, so that the timed ones measure compiled code, as a server would run it
        assertEquals(ROWS, BenchmarkListings.readTable().size());
        for (int run = 0; run < RUNS; run++) {
            gunzip = Math.min(gunzip, gunzipWcSeconds());
            BenchmarkListings.resetPeaks();
            long start = System.nanoTime();
            int rows = BenchmarkListings.readTable().size();
            double seconds = (System.nanoTime() - start) / 1e9;
            assertEquals(ROWS, rows);
            if (seconds < parse) {
                parse = seconds;
                tablePeak = BenchmarkListings.peakHeap();
            }
        }
        long streamingPeak = streamingParsePeak();
        System.out.printf(Locale.ROOT, "parse benchmark: %d rows, %.1f MB gzip; gunzip -c | wc -l best %.2f s; "
                        + "parse into ListingTable best %.2f s = %.0f rows/s, ratio %.2f; peak heap building the table "
                        + "%.1f MB, streaming parse alone %.1f MB; max heap %d MB; %d cpus, load average %s%n",
                ROWS, Files.size(FILE) / (double) MB, gunzip, parse, ROWS / parse, parse / gunzip,
                tablePeak / (double) MB, streamingPeak / (double) MB, BenchmarkListings.maxHeap() / MB,
                Runtime.getRuntime().availableProcessors(), BenchmarkListings.loadAverage());
        assertTrue(parse <= 2 * gunzip, "parse " + parse + " s vs gunzip|wc " + gunzip + " s");
        assertTrue(streamingPeak <= 256 * MB);
    }

    /** The parser with a sink that keeps nothing: what parsing itself needs, whatever the document's size. */
    private static long streamingParsePeak() throws IOException {
        BenchmarkListings.resetPeaks();
        ListingSink discarding = new ListingSink() {
            @Override
            public void columns(List<ListingColumn> columns) {
            }

            @Override
            public void field(int slot, char[] chars, int offset, int length) {
            }

            @Override
            public void endRow() {
            }
        };
        try (InputStream in = Files.newInputStream(FILE)) {
            assertEquals(ROWS, ListingsDocumentReader.read(in, true, CONTENT_TYPE, US, discarding));
        }
        return BenchmarkListings.peakHeap();
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
}
