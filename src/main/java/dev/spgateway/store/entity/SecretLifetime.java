package dev.spgateway.store.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.util.Optional;

/**
 * Where a store's client secret stands in its life: when it was set, when it expires, and whether Amazon
 * refused it (EXPIRED with a reason; the dates tell every other state). A value: a change is a new one.
 */
@Embeddable
public class SecretLifetime {

    /** The width of rotation_reason. */
    private static final int REASON_LENGTH = 1000;

    @Column(name = "client_secret_set_at", nullable = false)
    private Instant setAt;

    @Column(name = "client_secret_expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "rotation_state", nullable = false, length = 16)
    private String state;

    @Column(name = "rotation_reason", length = REASON_LENGTH)
    private String reason;

    protected SecretLifetime() {
        // JPA
    }

    private SecretLifetime(Instant setAt, Instant expiresAt, String state, String reason) {
        this.setAt = setAt;
        this.expiresAt = expiresAt;
        this.state = state;
        this.reason = reason;
    }

    /** A new client secret's life: set now, expiring at {@code expiresAt}, not refused. */
    static SecretLifetime startingAt(Instant now, Instant expiresAt) {
        if (expiresAt == null || !expiresAt.isAfter(now)) {
            throw new IllegalArgumentException("a new client secret expires in the future");
        }
        return new SecretLifetime(now, expiresAt, CredentialState.OK.name(), null);
    }

    /** The same secret with the expiry date Amazon gave for it (its developer console, or its notification). */
    SecretLifetime expiringAt(Instant newExpiry) {
        if (newExpiry == null) {
            throw new IllegalArgumentException("an expiry date is required");
        }
        return new SecretLifetime(setAt, newExpiry, state, reason);
    }

    public Instant setAt() {
        return setAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    /** Why Amazon refused the secret, if it did (it then expired at that moment). */
    public Optional<String> refusal() {
        return refusal(state, reason);
    }

    /** The refusal as the two columns tell it, for projections that read them without the entity. */
    public static Optional<String> refusal(String rotationState, String rotationReason) {
        return CredentialState.EXPIRED.name().equals(rotationState) ? Optional.ofNullable(rotationReason)
                : Optional.empty();
    }

    /** Amazon's refusal as the rotation_reason column holds it. */
    public static String reasonColumn(String refusal) {
        return Verification.errorColumn(refusal);
    }
}
