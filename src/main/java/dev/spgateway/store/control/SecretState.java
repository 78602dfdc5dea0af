package dev.spgateway.store.control;

import dev.spgateway.store.entity.CredentialState;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * A client secret's state at one moment, derived from its expiry date (and Amazon's refusal, if it refused
 * it): OK, EXPIRING within the warning window, or EXPIRED; whole days left (negative once expired); and what
 * to do about it.
 */
public record SecretState(CredentialState state, long daysLeft, Instant expiresAt, String reason) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);
    private static final String ROTATE = "rotate it in Developer Central and send the new one with"
            + " account.config.update";

    public static SecretState of(Instant expiresAt, Optional<String> refusal, Instant now, Duration warnWithin) {
        CredentialState state = CredentialState.at(expiresAt, now, warnWithin);
        long daysLeft = Math.floorDiv(Duration.between(now, expiresAt).toSeconds(), Duration.ofDays(1).toSeconds());
        return new SecretState(state, daysLeft, expiresAt, reason(state, daysLeft, expiresAt, refusal));
    }

    private static String reason(CredentialState state, long daysLeft, Instant expiresAt, Optional<String> refusal) {
        String day = DAY.format(expiresAt);
        return switch (state) {
            case OK -> null;
            case EXPIRING -> "The LWA client secret expires on " + day + " (" + daysLeft + " days left): " + ROTATE;
            case EXPIRED -> refusal.orElse("The LWA client secret expired on " + day + ": " + ROTATE);
        };
    }
}
