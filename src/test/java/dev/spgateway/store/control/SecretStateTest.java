package dev.spgateway.store.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spgateway.store.entity.CredentialState;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SecretStateTest {

    private static final Instant NOW = Instant.parse("2027-06-01T12:00:00Z");
    private static final Duration WARN = Duration.ofDays(30);

    @Test
    void theStateFollowsTheDateAtTheMomentItIsAsked() {
        assertEquals(CredentialState.OK, at(NOW.plus(Duration.ofDays(30)).plusSeconds(1)).state());
        assertEquals(CredentialState.EXPIRING, at(NOW.plus(Duration.ofDays(30))).state());
        assertEquals(CredentialState.EXPIRING, at(NOW.plusSeconds(1)).state());
        assertEquals(CredentialState.EXPIRED, at(NOW).state());
        assertEquals(CredentialState.EXPIRED, at(NOW.minus(Duration.ofDays(3))).state());
    }

    @Test
    void aDateSetFiveDaysAheadIsExpiringAtOnceWithFiveDaysLeft() {
        SecretState secret = at(NOW.plus(Duration.ofDays(5)));

        assertEquals(CredentialState.EXPIRING, secret.state());
        assertEquals(5, secret.daysLeft());
        assertTrue(secret.reason().contains("2027-06-06") && secret.reason().contains("5 days left"), secret.reason());
        Map<String, Object> shown = StoreViews.secretLifetime(secret);
        assertEquals("EXPIRING", shown.get("state"));
        assertEquals(5L, shown.get("days_left"));
    }

    @Test
    void amazonsRefusalIsTheReasonOfAnExpiredSecretOnly() {
        Optional<String> refusal = Optional.of("Login with Amazon refused the client secret (invalid_client)");

        assertEquals(refusal.get(), SecretState.of(NOW, refusal, NOW, WARN).reason());
        assertNull(SecretState.of(NOW.plus(Duration.ofDays(90)), Optional.empty(), NOW, WARN).reason());
        assertEquals(-2, at(NOW.minus(Duration.ofDays(1)).minusSeconds(1)).daysLeft());
    }

    @Test
    void theWarningWindowIsTheLargestConfiguredThreshold() {
        SecretStates states = new SecretStates();
        states.warnDays = "7, 30 ,1";
        states.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        states.init();

        assertEquals(WARN, states.warnWithin());
        states.warnDays = "30,zero";
        assertThrows(IllegalStateException.class, states::init);
    }

    private static SecretState at(Instant expiresAt) {
        return SecretState.of(expiresAt, Optional.empty(), NOW, WARN);
    }
}
