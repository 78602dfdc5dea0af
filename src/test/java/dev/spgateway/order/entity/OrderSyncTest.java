package dev.spgateway.order.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OrderSyncTest {

    private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");
    private static final Duration INTERVAL = Duration.ofMinutes(3);

    @Test
    void theWatermarkMovesOnlyWhenAWalkEnds() {
        OrderSync sync = new OrderSync("store", NOW, Duration.ofDays(90));
        assertEquals(NOW.minus(Duration.ofDays(90)), sync.watermark());
        sync.pageSaved(Optional.of("token-1"), NOW.minusSeconds(120), NOW);
        assertEquals(NOW.minus(Duration.ofDays(90)), sync.watermark());
        assertEquals(Optional.of("token-1"), sync.pageToken());
        sync.pageSaved(Optional.empty(), NOW.minusSeconds(120), NOW.plusSeconds(5));
        assertEquals(NOW.minusSeconds(120), sync.watermark());
        assertEquals(Optional.empty(), sync.pageToken());
        // a window ending earlier (clock skew between instances) never moves it back
        sync.pageSaved(Optional.empty(), NOW.minusSeconds(600), NOW.plusSeconds(6));
        assertEquals(NOW.minusSeconds(120), sync.watermark());
    }

    @Test
    void freshForAnIntervalAfterARunThatDidNotFail() {
        OrderSync sync = new OrderSync("store", NOW, Duration.ofDays(90));
        assertFalse(sync.isFresh(NOW, INTERVAL));
        sync.release(NOW, false);
        assertFalse(sync.isFresh(NOW, INTERVAL), "a failed run is retried by the next read");
        sync.pageSaved(Optional.of("paused-here"), NOW, NOW);
        sync.release(NOW, true);
        assertTrue(sync.isFresh(NOW.plus(INTERVAL).minusSeconds(1), INTERVAL), "paused by the usage plan");
        assertFalse(sync.isFresh(NOW.plus(INTERVAL), INTERVAL));
        assertThrows(IllegalArgumentException.class, () -> new OrderSync(null, NOW, INTERVAL));
    }
}
