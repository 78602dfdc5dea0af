package dev.spgateway.rotation.control;

import dev.spgateway.rotation.entity.AlertDelivery;

/** How far an alert got through one channel: PENDING (with the last failure) or DELIVERED. */
public record DeliverySummary(String channel, String state, int attempts, String lastError) {

    public static DeliverySummary of(AlertDelivery delivery) {
        return new DeliverySummary(delivery.channel(), delivery.state().name(), delivery.attempts(),
                delivery.lastError().orElse(null));
    }
}
