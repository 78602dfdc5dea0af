package dev.spgateway.report.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.spgateway.report.entity.ReportJob;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportKeyTest {

    private static final String TYPE = "GET_MERCHANT_LISTINGS_ALL_DATA";
    private final ReportKey key = new ReportKey("store-1", TYPE, List.of("US", "CA"));

    @Test
    void theMarketplacesOrderDoesNotMakeAnotherKey() {
        assertEquals(new ReportKey("store-1", TYPE, List.of("CA", "US")), key);
        assertEquals(List.of("CA", "US"), key.marketplaceIds());
    }

    @Test
    void rendersTheFormsTheCacheAndTheJobTableHold() {
        assertEquals("store-1|" + TYPE + "|CA,US", key.cacheKey());
        assertEquals(TYPE + "|CA,US", key.jobKey());
        assertEquals("CA,US", key.marketplaceList());
    }

    @Test
    void aCacheKeyReadsBackAsTheKey() {
        assertEquals(key, ReportKey.ofCacheKey(key.cacheKey()));
        assertThrows(IllegalArgumentException.class, () -> ReportKey.ofCacheKey("store-1|" + TYPE));
    }

    @Test
    void aStoredJobStandsForTheKeyItWasCreatedFor() {
        ReportJob job = new ReportJob(key.storeId(), key.jobKey(), key.reportType(), key.marketplaceList(), "R1",
                Instant.EPOCH);

        assertEquals(key, ReportKey.of(job));
    }

    @Test
    void aKeyNeedsMarketplacesAndPartsThatCannotBeMistakenForTheSeparator() {
        assertThrows(IllegalArgumentException.class, () -> new ReportKey("store-1", TYPE, List.of()));
        assertThrows(IllegalArgumentException.class, () -> new ReportKey("store|1", TYPE, List.of("US")));
    }
}
