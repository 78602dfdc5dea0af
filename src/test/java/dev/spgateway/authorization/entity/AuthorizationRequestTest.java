package dev.spgateway.authorization.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spgateway.amazon.control.SellingRegion;
import dev.spgateway.authorization.control.StateTokens;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AuthorizationRequestTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

    private static AuthorizationRequest pending() {
        return new AuthorizationRequest("account-1", StateTokens.hash(StateTokens.newState()),
                SellingRegion.EUROPE, Workflow.WEBSITE, "https://app.example/back", null, NOW,
                NOW.plus(Duration.ofMinutes(10)));
    }

    @Test
    void aNewAuthorizationIsPendingUntilItExpires() {
        AuthorizationRequest request = pending();
        assertEquals(AuthorizationStatus.PENDING, request.status());
        assertEquals(SellingRegion.EUROPE, request.region());
        assertFalse(request.expiredAt(NOW.plus(Duration.ofMinutes(9))));
        assertTrue(request.expiredAt(NOW.plus(Duration.ofMinutes(10))));
        assertTrue(request.belongsTo("account-1"));
        assertFalse(request.belongsTo("account-2"));
    }

    @Test
    void onlyAHashIsAcceptedAsTheState() {
        assertThrows(IllegalArgumentException.class, () -> new AuthorizationRequest("account-1",
                StateTokens.newState(), SellingRegion.EUROPE, Workflow.WEBSITE, "https://app.example/", null, NOW,
                NOW.plusSeconds(60)));
    }

    @Test
    void anAuthorizationThatWasNotClaimedDoesNotFinish() {
        AuthorizationRequest request = pending();
        assertThrows(IllegalStateException.class, () -> request.connected("k".repeat(48), "A1SELLER", java.util.List.of(), NOW));
        assertThrows(IllegalStateException.class, () -> request.cancelled(NOW));
        assertEquals(AuthorizationStatus.PENDING, request.status());
    }

    @Test
    void aClaimThatNeverFinishedIsInterruptedOnceItsCodeCannotLiveAnyLonger() {
        AuthorizationRequest request = pending();
        Instant expiry = NOW.plus(Duration.ofMinutes(10));
        assertFalse(request.interruptedAt(expiry.plus(Duration.ofHours(1))), "a pending one lapses, it is not cut short");
        request.claimed();
        assertFalse(request.interruptedAt(expiry.plus(Duration.ofMinutes(4))));
        assertTrue(request.interruptedAt(expiry.plus(Duration.ofMinutes(5))));
        request.failed("invalid_code", expiry);
        assertFalse(request.interruptedAt(expiry.plus(Duration.ofHours(1))), "a finished one keeps its outcome");
    }
}
