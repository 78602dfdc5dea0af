package dev.spgateway.report.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.spgateway.amazon.control.Reports.DocumentStream;
import dev.spgateway.amazon.control.SpApiUnavailable;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/** How a document that cannot be read whole is reported, and that its claims are given back. */
class ListingDocumentsTest {

    private static final String US = "ATVPDKIKX0DER";

    private final ReportMemory memory = new ReportMemory(64L << 20, Duration.ofMinutes(15), Duration.ZERO,
            Clock.systemUTC());

    @Test
    void aTruncatedGzipDocumentIsADownloadThatEndedEarly() throws IOException {
        byte[] gzip = gzip(rows(20_000));
        byte[] half = Arrays.copyOf(gzip, gzip.length / 2);

        SpApiUnavailable failed = assertThrows(SpApiUnavailable.class, () -> table(half, true, null));

        assertEquals("the report document ended early: its GZIP data is incomplete (Unexpected end of ZLIB input "
                + "stream)", failed.getMessage());
    }

    @Test
    void malformedRowsMakeTheReportUnreadableWithTheLineThatBrokeIt() {
        byte[] document = "seller-sku\titem-name\nS-1\tCup\nS-2\n".getBytes(StandardCharsets.US_ASCII);

        ReportUnreadable failed = assertThrows(ReportUnreadable.class, () -> table(document, false, null));

        assertEquals("the row on line 3 has 1 fields, fewer than the header's 2", failed.getMessage());
    }

    @Test
    void aDocumentThatIsNoListingsReportIsUnreadable() {
        byte[] document = "<Error><Code>AccessDenied</Code></Error>\n".getBytes(StandardCharsets.US_ASCII);

        assertThrows(ReportUnreadable.class, () -> table(document, false, "application/xml"));
    }

    @Test
    void whatAFailedReadClaimedIsGivenBackWithItsReservation() {
        Reservation reservation = memory.reserve("store-1", true);
        byte[] document = "seller-sku\nS-1\tstray\n".getBytes(StandardCharsets.US_ASCII);

        assertThrows(ReportUnreadable.class, () -> ListingDocuments.table(stream(document, false, null), US,
                ListingDocumentsTest::thread, Duration.ofMinutes(1), reservation));
        reservation.close();

        assertEquals(0, memory.statistics().bytes());
    }

    private ListingTable table(byte[] document, boolean gzip, String contentType) {
        try (Reservation reservation = memory.reserve("store", true)) {
            return ListingDocuments.table(stream(document, gzip, contentType), US, ListingDocumentsTest::thread,
                    Duration.ofMinutes(1), reservation);
        }
    }

    private static DocumentStream stream(byte[] document, boolean gzip, String contentType) {
        return new DocumentStream(new ByteArrayInputStream(document), contentType, gzip);
    }

    private static byte[] rows(int count) {
        StringBuilder text = new StringBuilder("seller-sku\titem-name\n");
        for (int i = 0; i < count; i++) {
            text.append("SKU-").append(i).append("\tItem ").append(i * 7919L).append('\n');
        }
        return text.toString().getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(bytes);
        }
        return out.toByteArray();
    }

    private static void thread(Runnable task) {
        new Thread(task).start();
    }
}
