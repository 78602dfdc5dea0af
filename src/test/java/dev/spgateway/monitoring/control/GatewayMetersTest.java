package dev.spgateway.monitoring.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class GatewayMetersTest {

    private final GatewayMeters meters = new GatewayMeters();

    @Test
    void spApiCallsAndThrottlesAreCountersPerOperation() {
        meters.spApiCall("createReport", false);
        meters.spApiCall("createReport", true);
        meters.spApiCall("getReport", false);

        String text = meters.prometheusText();
        assertEquals(2.0, value(text, "spgateway_spapi_calls_total\\{operation=\"createReport\"\\}"), text);
        assertEquals(1.0, value(text, "spgateway_spapi_calls_total\\{operation=\"getReport\"\\}"), text);
        assertEquals(1.0, value(text, "spgateway_spapi_throttled_total\\{operation=\"createReport\"\\}"), text);
        assertEquals(-1, value(text, "spgateway_spapi_throttled_total\\{operation=\"getReport\"\\}"), text);
    }

    @Test
    void gaugesAreReadAtEachScrapeAndBytesGetTheirSuffix() {
        AtomicLong hits = new AtomicLong(3);
        meters.gauge("spgateway.report.cache.hits", "hits", false, hits::get);
        meters.gauge("spgateway.report.cache.max-size", "budget", true, () -> 1024);

        assertEquals(3.0, value(meters.prometheusText(), "spgateway_report_cache_hits"));
        hits.set(5);
        String text = meters.prometheusText();
        assertEquals(5.0, value(text, "spgateway_report_cache_hits"), text);
        assertEquals(1024.0, value(text, "spgateway_report_cache_max_size_bytes"), text);
    }

    @Test
    void reportWaitsAreATimerInSecondsWithoutAUnitSuffix() {
        meters.reportWaited(Duration.ofMillis(1500), true);
        meters.reportWaited(Duration.ofMillis(500), true);
        meters.reportWaited(Duration.ofSeconds(15), false);

        String text = meters.prometheusText();
        assertEquals(2.0, value(text, "spgateway_report_wait_count\\{outcome=\"finished\"\\}"), text);
        assertEquals(2.0, value(text, "spgateway_report_wait_sum\\{outcome=\"finished\"\\}"), text);
        assertEquals(1.0, value(text, "spgateway_report_wait_count\\{outcome=\"not_ready\"\\}"), text);
        assertTrue(value(text, "spgateway_report_wait\\{outcome=\"not_ready\",quantile=\"0.99\"\\}") > 14, text);
    }

    private static double value(String exposition, String series) {
        Matcher matcher = Pattern.compile("(?m)^" + series + " ([0-9.eE+-]+)$").matcher(exposition);
        return matcher.find() ? Double.parseDouble(matcher.group(1)) : -1;
    }
}
