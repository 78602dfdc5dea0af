package dev.spgateway.rotation.control;

import java.time.Instant;
import java.util.List;

/** An alert about a store's client secret, and how far it got through each channel. */
public record AlertSummary(String storeId, Instant sentAt, String state, int thresholdDays, int daysLeft,
        Instant expiresAt, String reason, List<DeliverySummary> deliveries) {
}
