package dev.spgateway.store.control;

import dev.spgateway.store.entity.SecretLifetime;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A store as its columns tell it, without its sealed credentials: what an overview of every store reads, so
 * that listing stores neither loads nor decrypts a secret.
 */
public record StoreSummary(String id, String accountId, String sellerId, String customLabel, String awsRegion,
        String environment, String marketplaceColumn, Instant clientSecretSetAt, Instant lastVerifiedAt,
        String lastError, Instant createdAt, Instant clientSecretExpiresAt, String rotationState,
        String rotationReason) {

    /** {@code error} after a failed check, {@code verified} after a passed one, else {@code unverified}. */
    public String connectionState() {
        return lastError != null ? "error" : lastVerifiedAt != null ? "verified" : "unverified";
    }

    public List<String> marketplaceIds() {
        return Arrays.stream(marketplaceColumn.split(",")).filter(id -> !id.isBlank()).toList();
    }

    /** The seller id, and the label in brackets when the store has one. */
    public String displayName() {
        return customLabel == null ? sellerId : sellerId + " (" + customLabel + ")";
    }

    public Optional<String> refusal() {
        return SecretLifetime.refusal(rotationState, rotationReason);
    }
}
