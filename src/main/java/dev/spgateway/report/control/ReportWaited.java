package dev.spgateway.report.control;

import java.time.Duration;

/** A product call waited this long for Amazon to finish a report; {@code finished} unless it gave up. */
public record ReportWaited(Duration waited, boolean finished) {
}
