package dev.spgateway.rotation.control;

import dev.spgateway.store.entity.CredentialState;
import java.time.Instant;

/**
 * An alert on its way out (CDI event, webhook, JMX notification, log). It names the store by its id and
 * seller, never by its store key (which, with an API key, opens the store), and never carries a secret.
 */
public record CredentialExpiryAlert(
        String alertId,
        String storeId,
        String sellerId,
        String customLabel,
        String clientId,
        CredentialState state,
        long daysLeft,
        int thresholdDays,
        Instant expiresAt,
        String reason,
        Instant createdAt) {

    /** How the store is named in logs and messages. */
    public String storeName() {
        return "seller " + sellerId + (customLabel == null ? "" : " (" + customLabel + ")") + ", store id " + storeId;
    }
}
