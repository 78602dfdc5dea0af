package dev.spgateway.store.entity;

import java.time.Duration;
import java.time.Instant;

/** Where a store's LWA client secret stands in its 180-day life. */
public enum CredentialState {
    OK, EXPIRING, EXPIRED;

    /** The state at {@code now} of a secret that expires at {@code expiresAt}, warned about {@code warnWithin} ahead. */
    public static CredentialState at(Instant expiresAt, Instant now, Duration warnWithin) {
        Duration left = Duration.between(now, expiresAt);
        if (left.isNegative() || left.isZero()) {
            return EXPIRED;
        }
        return left.compareTo(warnWithin) <= 0 ? EXPIRING : OK;
    }
}
