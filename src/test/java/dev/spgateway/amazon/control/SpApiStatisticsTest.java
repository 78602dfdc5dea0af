package dev.spgateway.amazon.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SpApiStatisticsTest {

    @Test
    void countsEveryCallPerOperationAndThe429sAmongThem() {
        SpApiStatistics statistics = new SpApiStatistics();

        statistics.record(SpApiOperation.GET_REPORT, 200);
        statistics.record(SpApiOperation.GET_REPORT, 429);
        statistics.record(SpApiOperation.GET_REPORT, 200);
        statistics.record(SpApiOperation.CREATE_REPORT, 202);
        statistics.record(SpApiOperation.CREATE_REPORT, 500);

        assertEquals(Map.of("createReport", 2L, "getReport", 3L), statistics.calls());
        assertEquals(Map.of("getReport", 1L), statistics.throttles());
    }
}
