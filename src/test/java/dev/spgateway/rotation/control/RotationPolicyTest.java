package dev.spgateway.rotation.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spgateway.store.entity.CredentialState;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RotationPolicyTest {

    private static final Instant EXPIRES = Instant.parse("2027-06-01T12:00:00Z");
    private final RotationPolicy policy = new RotationPolicy(List.of(7, 30, 1));

    private RotationPolicy.Assessment at(Duration beforeExpiry) {
        return policy.assess(EXPIRES, EXPIRES.minus(beforeExpiry));
    }

    @Test
    void okUntilTheLargestThreshold() {
        RotationPolicy.Assessment assessment = at(Duration.ofDays(30).plusSeconds(1));

        assertEquals(CredentialState.OK, assessment.state());
        assertEquals(30, assessment.daysLeft());
        assertTrue(assessment.dueThreshold().isEmpty());
    }

    @Test
    void eachThresholdIsDueWithinItsDays() {
        assertEquals(30, at(Duration.ofDays(30)).dueThreshold().getAsInt());
        assertEquals(30, at(Duration.ofDays(8)).dueThreshold().getAsInt());
        assertEquals(7, at(Duration.ofDays(7)).dueThreshold().getAsInt());
        assertEquals(1, at(Duration.ofHours(5)).dueThreshold().getAsInt());
        assertEquals(CredentialState.EXPIRING, at(Duration.ofHours(5)).state());
        assertEquals(0, at(Duration.ofHours(5)).daysLeft());
    }

    @Test
    void expiredAtTheMomentOfExpiry() {
        RotationPolicy.Assessment assessment = policy.assess(EXPIRES, EXPIRES.plus(Duration.ofDays(2)));

        assertEquals(CredentialState.EXPIRED, assessment.state());
        assertEquals(-2, assessment.daysLeft());
        assertEquals(RotationPolicy.EXPIRED_THRESHOLD, assessment.dueThreshold().getAsInt());
        assertEquals(CredentialState.EXPIRED, policy.assess(EXPIRES, EXPIRES).state());
    }

    @Test
    void thresholdsAreWholePositiveDays() {
        assertThrows(IllegalArgumentException.class, () -> new RotationPolicy(List.of()));
        assertThrows(IllegalArgumentException.class, () -> new RotationPolicy(List.of(30, 0)));
    }
}
