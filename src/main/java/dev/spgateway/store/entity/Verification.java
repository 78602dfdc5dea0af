package dev.spgateway.store.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What the last live check of a store's credentials found: the marketplaces Amazon reported, when it last
 * succeeded, and the error of a failed one. A value: a check's outcome is a new one.
 */
@Embeddable
public class Verification {

    /** The width of last_error. */
    private static final int ERROR_LENGTH = 1000;

    @Column(name = "marketplace_ids", nullable = false, length = 1000)
    private String marketplaceIds;

    @Column(name = "last_verified_at")
    private Instant lastVerifiedAt;

    @Column(name = "last_error", length = ERROR_LENGTH)
    private String lastError;

    protected Verification() {
        // JPA
    }

    private Verification(String marketplaceIds, Instant lastVerifiedAt) {
        this.marketplaceIds = marketplaceIds;
        this.lastVerifiedAt = lastVerifiedAt;
    }

    /** A new store's: verified now when Amazon reported marketplaces for it, unverified without any. */
    static Verification initial(List<String> marketplaces, Instant now) {
        return new Verification(marketplaceColumn(marketplaces), marketplaces.isEmpty() ? null : now);
    }

    /** A successful live check with the marketplaces Amazon reported. */
    static Verification verified(List<String> marketplaces, Instant now) {
        if (marketplaces == null || marketplaces.isEmpty()) {
            throw new IllegalArgumentException("a verified store has at least one marketplace");
        }
        return new Verification(marketplaceColumn(marketplaces), now);
    }

    public List<String> marketplaceIds() {
        return Arrays.stream(marketplaceIds.split(",")).filter(s -> !s.isBlank()).toList();
    }

    public Optional<Instant> lastVerifiedAt() {
        return Optional.ofNullable(lastVerifiedAt);
    }

    public Optional<String> lastError() {
        return Optional.ofNullable(lastError);
    }

    /** "error" after a failed check, "verified" after a successful one, "unverified" before any. */
    public String state() {
        return lastError != null ? "error" : lastVerifiedAt != null ? "verified" : "unverified";
    }

    public static String marketplaceColumn(List<String> marketplaces) {
        return String.join(",", marketplaces);
    }

    public static String errorColumn(String error) {
        return error == null ? null : error.substring(0, Math.min(error.length(), ERROR_LENGTH));
    }
}
