package dev.spgateway.amazon.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.spgateway.secrets.entity.Secret;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LwaTokensTest {

    private static final Duration LIFETIME = Duration.ofHours(1);

    private final TestTime time = new TestTime();
    private final AtomicInteger exchanges = new AtomicInteger();
    private final LwaTokens tokens = new LwaTokens(credentials -> new AccessToken(
            "token-" + exchanges.incrementAndGet(),
            time.clock.instant().plus(LIFETIME).minus(LwaExchange.EARLY_EXPIRY)), time.clock, time.ticker);

    @Test
    void aTokenIsReusedUntilAMinuteBeforeItExpiresThenExchangedAgain() {
        SpApiCredentials store = credentials("secret-a");

        AccessToken first = tokens.token(store);
        time.advance(LIFETIME.minus(Duration.ofSeconds(61)));
        assertEquals(first, tokens.token(store));
        assertEquals(1, exchanges.get());

        time.advance(Duration.ofSeconds(1));
        assertNotEquals(first, tokens.token(store));
        assertEquals(2, exchanges.get());
    }

    @Test
    void credentialsNoLongerUsedLeaveNoTokenInMemory() {
        for (int i = 0; i < 200; i++) {
            tokens.token(credentials("secret-" + i));
        }
        assertEquals(200, tokens.cachedTokens());

        time.advance(LIFETIME);

        assertEquals(0, tokens.cachedTokens());
    }

    @Test
    void aTokenAmazonCalledExpiredIsExchangedAgainButANewerOneStays() {
        SpApiCredentials store = credentials("secret-a");
        AccessToken stale = tokens.token(store);

        tokens.invalidate(store, stale);
        AccessToken fresh = tokens.token(store);
        tokens.invalidate(store, stale);

        assertNotEquals(stale, fresh);
        assertEquals(fresh, tokens.token(store));
        assertEquals(2, exchanges.get());
    }

    static SpApiCredentials credentials(String clientSecret) {
        return new SpApiCredentials("A2EXAMPLESELLER", "amzn1.application-oa2-client.0123456789abcdef",
                Secret.of(clientSecret), Secret.of("Atzr|refresh-token"), SellingRegion.NORTH_AMERICA,
                SpApiEnvironment.PRODUCTION, Optional.empty());
    }
}
