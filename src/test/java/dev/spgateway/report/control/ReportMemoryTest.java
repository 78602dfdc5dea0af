package dev.spgateway.report.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The report cache's budget: everything a report holds counts, as it grows, and room is made or refused
 * before the heap would run out. Reports are made heavy without allocating by work they keep.
 */
class ReportMemoryTest {

    private static final long MB = 1 << 20;
    private static final Duration TTL = Duration.ofMinutes(15);

    private final MovableClock clock = new MovableClock();
    private ReportMemory memory = new ReportMemory(100 * MB, TTL, Duration.ZERO, clock);

    @AfterEach
    void neverAboveTheBudget() {
        CacheStatistics statistics = memory.statistics();
        assertTrue(statistics.bytes() <= statistics.maxBytes(), statistics.toString());
        assertTrue(statistics.bytes() >= 0 && statistics.readingBytes() >= 0 && statistics.evictedBytes() >= 0,
                statistics.toString());
    }

    @Test
    void claimsCountWhileAReportIsReadAndCommittingLeavesExactlyTheTablesBytes() {
        ListingTable table = tinyTable();
        try (Reservation reservation = memory.reserve("store-1", true)) {
            reservation.claim(30 * MB);
            reservation.release(10 * MB);
            assertEquals(20 * MB, memory.statistics().bytes());
            assertEquals(20 * MB, memory.statistics().readingBytes());

            CachedReport entry = reservation.commit("R1", table);

            assertEquals(table.estimatedBytes(), entry.bytes());
        }
        CacheStatistics statistics = memory.statistics();
        assertEquals(1, statistics.entries());
        assertEquals(table.estimatedBytes(), statistics.bytes());
        assertEquals(0, statistics.readingBytes());
    }

    @Test
    void aReportLargerThanTheWholeBudgetFailsNamingItsSizeAndTheSettingAndGivesAllBack() {
        Reservation reservation = memory.reserve("store-1", true);
        reservation.claim(90 * MB);

        ReportTooLarge refused = assertThrows(ReportTooLarge.class, () -> reservation.claim(16 * MB));
        reservation.close();

        assertEquals("needs more than 106.0 MiB of memory, more than the 100.0 MiB the report cache may hold "
                + "(spgateway.report.cache-max-bytes)", refused.getMessage());
        assertEquals(0, memory.statistics().bytes());
        assertTrue(memory.lastShortage().isEmpty(), "a report that never fits is no shortage");
    }

    @Test
    void readingEvictsTheLeastRecentlyUsedIdleReportsToMakeRoom() {
        heavy("store-1", 40 * MB);
        heavy("store-2", 40 * MB);
        memory.read("store-1").orElseThrow().close();

        try (Reservation reservation = memory.reserve("store-3", true)) {
            reservation.claim(30 * MB);

            assertTrue(memory.read("store-2").isEmpty(), "least recently used");
            assertTrue(memory.read("store-1").isPresent());
        }
    }

    @Test
    void theCopyBeingReplacedGoesFirstAndTheNewOneTakesItsPlace() {
        heavy("store-1", 40 * MB);
        heavy("store-2", 40 * MB);
        memory.read("store-2").orElseThrow().close();
        memory.read("store-1").orElseThrow().close();

        try (Reservation fresh = memory.reserve("store-1", true)) {
            fresh.claim(30 * MB);
            assertTrue(memory.read("store-1").isEmpty(), "the old copy made room, though used last");
            assertTrue(memory.read("store-2").isPresent());
            fresh.commit("R-fresh", tinyTable());
        }

        assertEquals("R-fresh", memory.read("store-1").orElseThrow().report().reportRequestId());
        assertEquals(2, memory.statistics().entries());
    }

    @Test
    void expiredReportsGoFirst() {
        heavy("old", 40 * MB);
        clock.advance(TTL.minusMinutes(1));
        heavy("young", 40 * MB);
        memory.read("old").orElseThrow().close();
        clock.advance(Duration.ofMinutes(2));

        try (Reservation reservation = memory.reserve("store-3", true)) {
            reservation.claim(30 * MB);
        }

        assertTrue(memory.read("young").isPresent());
        assertEquals(1, memory.statistics().entries());
    }

    @Test
    void anEvictedReportStillBeingReadStaysCountedUntilItsLastReaderIsDone() {
        heavy("store-1", 60 * MB);
        ReportReading reading = memory.read("store-1").orElseThrow();

        assertTrue(memory.purge("store-1"));

        assertEquals(0, memory.statistics().entries());
        assertTrue(memory.statistics().evictedBytes() >= 60 * MB);
        Reservation reservation = memory.reserve("store-2", true);
        assertThrows(ReportTooLarge.class, () -> reservation.claim(50 * MB));
        reading.close();
        assertEquals(0, memory.statistics().bytes());
        reservation.claim(50 * MB);
        reservation.close();
    }

    @Test
    void aClaimWaitsForTheReadersOfAnEvictedReport() throws Exception {
        memory = new ReportMemory(100 * MB, TTL, Duration.ofMinutes(1), clock);
        heavy("store-1", 60 * MB);
        ReportReading reading = memory.read("store-1").orElseThrow();
        Reservation reservation = memory.reserve("store-2", true);

        CompletableFuture<Void> claimed = CompletableFuture.runAsync(() -> reservation.claim(50 * MB));
        reading.close();

        claimed.get(30, TimeUnit.SECONDS);
        assertEquals(50 * MB, memory.statistics().bytes());
        assertTrue(memory.read("store-1").isEmpty());
        reservation.close();
    }

    @Test
    void roomHeldByOtherReportsBeingReadIsAShortageNamedInTheRefusal() {
        Reservation first = memory.reserve("store-1", true);
        first.claim(70 * MB);
        Reservation second = memory.reserve("store-2", true);

        ReportTooLarge refused = assertThrows(ReportTooLarge.class, () -> second.claim(40 * MB));

        assertEquals("needs more than 40.0 MiB of memory while 70.0 MiB of the report cache's 100.0 MiB "
                + "(spgateway.report.cache-max-bytes) are held by other reports being read; try again later",
                refused.getMessage());
        assertEquals(clock.instant(), memory.lastShortage().orElseThrow());
        second.close();
        first.close();
    }

    @Test
    void workOnAReportIsClaimedAndWhatItKeepsStaysWithTheReport() {
        CachedReport entry = memory.put("store-1", "R1", tinyTable());
        long table = entry.bytes();
        try (ReportReading reading = memory.read("store-1").orElseThrow()) {
            String order = reading.report().derived("order", 50 * MB, 4 * MB, Duration.ofSeconds(1), () -> {
                assertEquals(table + 54 * MB, memory.statistics().bytes(), "work and result claimed while it runs");
                return "sorted";
            });
            assertEquals("sorted", order);
            assertThrows(ReportTooLarge.class, () -> reading.report().derived("too much", 200 * MB, 0, Duration.ofSeconds(1), () -> "x"));
        }
        assertEquals(table + 4 * MB, entry.bytes());
        assertEquals(table + 4 * MB, memory.statistics().bytes());
    }

    @Test
    void aTableBeingReadClaimsAsItGrowsAndOneThatCannotFitFailsBeforeItIsWhole() throws Exception {
        memory = new ReportMemory(24 * MB, TTL, Duration.ZERO, clock);
        byte[] small = document(1_000);
        byte[] large = document(250_000);

        try (Reservation reservation = memory.reserve("store-1", true)) {
            ListingTable table = ListingsDocumentReader.readTable(new ByteArrayInputStream(small), false, null,
                    "ATVPDKIKX0DER", task -> new Thread(task).start(), Duration.ofMinutes(1), reservation);
            assertTrue(memory.statistics().readingBytes() >= table.estimatedBytes() - 1024,
                    "the table's arrays were claimed as they were made");
            reservation.commit("R1", table);
        }
        Reservation tooLarge = memory.reserve("store-2", true);
        ReportTooLarge refused = assertThrows(ReportTooLarge.class, () -> ListingsDocumentReader.readTable(
                new ByteArrayInputStream(large), false, null, "ATVPDKIKX0DER", task -> new Thread(task).start(),
                Duration.ofMinutes(1), tooLarge));
        tooLarge.close();

        assertTrue(refused.getMessage().contains("the report cache may hold"), refused.getMessage());
        assertEquals(0, memory.statistics().readingBytes());
        assertTrue(memory.read("store-1").isPresent(), "kept: it was never in the way of the one that did not fit");
    }

    /** A finished report whose bytes are made up by work it keeps. */
    private void heavy(String key, long bytes) {
        CachedReport entry = memory.put(key, "R-" + key, tinyTable());
        try (ReportReading reading = memory.read(key).orElseThrow()) {
            reading.report().derived("weight", 0, bytes - entry.bytes(), Duration.ofSeconds(1), () -> "weight");
        }
    }

    private static ListingTable tinyTable() {
        ListingTableBuilder builder = ListingTable.builder();
        builder.columns(List.of(ListingColumn.SELLER_SKU));
        char[] sku = "SKU-1".toCharArray();
        builder.field(0, sku, 0, sku.length);
        builder.endRow();
        return builder.build();
    }

    private static byte[] document(int rows) {
        StringBuilder text = new StringBuilder("seller-sku\titem-name\titem-description\n");
        for (int i = 0; i < rows; i++) {
            text.append("SKU-").append(i).append("\tItem number ").append(i)
                    .append("\tA description long enough to fill the arena in a few hundred thousand rows\n");
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2026-11-28T10:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
