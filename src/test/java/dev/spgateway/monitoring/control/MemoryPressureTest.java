package dev.spgateway.monitoring.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MemoryPressureTest {

    private static final long HEAP = 512L << 20;
    private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");

    @Test
    void enoughHeapLeftAndNoRefusedReportIsNoPressure() {
        assertTrue(new MemoryPressure(HEAP / 2, HEAP, 0.9, Optional.empty()).reason(NOW).isEmpty());
    }

    @Test
    void heapInUseAfterCollectionAboveTheShareIsPressure() {
        MemoryPressure pressure = new MemoryPressure(HEAP / 100 * 95, HEAP, 0.9, Optional.empty());

        assertEquals("95% of the heap is in use after garbage collection (more than 90%)",
                pressure.reason(NOW).orElseThrow());
    }

    @Test
    void aReportRefusedForWantOfRoomIsPressureForAMinute() {
        Instant refused = NOW.minusSeconds(30);
        MemoryPressure pressure = new MemoryPressure(HEAP / 2, HEAP, 0.9, Optional.of(refused));

        assertEquals("the report cache could not make room for a report at " + refused,
                pressure.reason(NOW).orElseThrow());
        assertTrue(pressure.reason(NOW.plus(MemoryPressure.SHORTAGE_WINDOW)).isEmpty());
    }
}
