package dev.spgateway.rotation.control;

import dev.spgateway.store.entity.CredentialState;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.OptionalInt;

/**
 * Where a client secret stands at a moment: OK, EXPIRING within the largest warning threshold, or EXPIRED;
 * and which threshold is due for an alert. When several thresholds are crossed at once only the most
 * urgent alerts, so a late first look does not send a burst of stale warnings.
 */
public final class RotationPolicy {

    /** The threshold used for the alert that the secret has expired. */
    public static final int EXPIRED_THRESHOLD = 0;

    private final List<Integer> warnDays;

    public RotationPolicy(List<Integer> warnDays) {
        if (warnDays.isEmpty() || warnDays.stream().anyMatch(days -> days < 1)) {
            throw new IllegalArgumentException("warning thresholds are whole days of at least 1");
        }
        this.warnDays = warnDays.stream().distinct().sorted().toList();
    }

    public Assessment assess(Instant expiresAt, Instant now) {
        Duration left = Duration.between(now, expiresAt);
        long daysLeft = Math.floorDiv(left.toSeconds(), Duration.ofDays(1).toSeconds());
        if (left.isNegative() || left.isZero()) {
            return new Assessment(CredentialState.EXPIRED, daysLeft, OptionalInt.of(EXPIRED_THRESHOLD));
        }
        for (int threshold : warnDays) {
            if (left.compareTo(Duration.ofDays(threshold)) <= 0) {
                return new Assessment(CredentialState.EXPIRING, daysLeft, OptionalInt.of(threshold));
            }
        }
        return new Assessment(CredentialState.OK, daysLeft, OptionalInt.empty());
    }

    public List<Integer> warnDays() {
        return warnDays;
    }

    /** How long before its expiry a secret counts as EXPIRING: the largest threshold. */
    public Duration warnWithin() {
        return Duration.ofDays(warnDays.get(warnDays.size() - 1));
    }

    /** A secret's state, whole days left (negative once expired) and the alert threshold now due, if any. */
    public record Assessment(CredentialState state, long daysLeft, OptionalInt dueThreshold) {
    }
}
