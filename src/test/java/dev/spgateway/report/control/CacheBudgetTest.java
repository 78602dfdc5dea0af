package dev.spgateway.report.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class CacheBudgetTest {

    private static final long HEAP = 512L << 20;

    @Test
    void unsetItIsHalfTheHeap() {
        assertEquals(HEAP / 2, CacheBudget.of(Optional.empty(), HEAP));
    }

    @Test
    void aBudgetTheHeapCanHoldIsTakenAsItIs() {
        assertEquals(100L << 20, CacheBudget.of(Optional.of(100L << 20), HEAP));
        assertEquals(HEAP / 4 * 3, CacheBudget.of(Optional.of(HEAP / 4 * 3), HEAP));
    }

    @Test
    void aBudgetAboveThreeQuartersOfTheHeapIsRefusedWithTheNumbersToFixIt() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> CacheBudget.of(Optional.of(1L << 30), HEAP));

        assertEquals("spgateway.report.cache-max-bytes=1073741824 (1.0 GiB) is more than this server's heap can "
                + "hold: the maximum heap is 512.0 MiB (-Xmx), and the report cache may take at most 75% of it, "
                + "402653184 bytes (384.0 MiB). Lower the setting, give the server more heap, or leave it unset "
                + "for 50% of the heap (256.0 MiB)", refused.getMessage());
    }

    @Test
    void aBudgetOfNothingIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> CacheBudget.of(Optional.of(0L), HEAP));
        assertThrows(IllegalArgumentException.class, () -> CacheBudget.of(Optional.of(-1L), HEAP));
    }
}
