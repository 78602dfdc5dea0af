package dev.spgateway.amazon.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class TokenBucketTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void aBurstIsFreeThenCallersWaitForTheRate() {
        TokenBucket bucket = new TokenBucket(2.0, 3, 0);

        assertEquals(Duration.ZERO, bucket.take(0));
        assertEquals(Duration.ZERO, bucket.take(0));
        assertEquals(Duration.ZERO, bucket.take(0));
        assertEquals(Duration.ofMillis(500), bucket.take(0));
        assertEquals(Duration.ofMillis(1000), bucket.take(0));
    }

    @Test
    void tokensRefillAtTheRateUpToTheBurst() {
        TokenBucket bucket = new TokenBucket(1.0, 2, 0);
        bucket.take(0);
        bucket.take(0);

        assertEquals(Duration.ZERO, bucket.take(10 * SECOND));
        assertEquals(Duration.ZERO, bucket.take(10 * SECOND));
        assertTrue(bucket.take(10 * SECOND).compareTo(Duration.ZERO) > 0, "burst caps the refill");
    }

    @Test
    void aGivenBackReservationFreesItsToken() {
        TokenBucket bucket = new TokenBucket(0.5, 1, 0);
        bucket.take(0);
        Duration wait = bucket.take(0);
        bucket.giveBack();

        assertEquals(Duration.ofSeconds(2), wait);
        assertEquals(Duration.ofSeconds(2), bucket.take(0));
    }

    @Test
    void amazonsRateHeaderChangesTheRefill() {
        TokenBucket bucket = new TokenBucket(0.0167, 1, 0);
        bucket.take(0);
        bucket.adjustRate(10.0, 0);

        assertEquals(Duration.ofMillis(100), bucket.take(0));
        assertEquals(10.0, bucket.rate());
    }

    @Test
    void eachThrottleInARowDoublesThePauseUpToABound() {
        TokenBucket bucket = new TokenBucket(2.0, 15, 0);

        bucket.throttled(0);
        assertEquals(Duration.ofMillis(500), bucket.take(0));
        bucket.giveBack();
        bucket.throttled(0);
        assertEquals(Duration.ofMillis(1000), bucket.take(0));
        bucket.giveBack();
        bucket.throttled(0);
        assertEquals(Duration.ofMillis(2000), bucket.take(0));
        bucket.giveBack();
        for (int i = 0; i < 10; i++) {
            bucket.throttled(0);
        }
        assertTrue(bucket.take(0).compareTo(Duration.ofSeconds(20)) < 0, "bounded");
    }

    @Test
    void anAnswerResetsTheBackoff() {
        TokenBucket bucket = new TokenBucket(1.0, 5, 0);
        bucket.throttled(0);
        bucket.throttled(0);
        bucket.answered();
        bucket.throttled(10 * SECOND);

        assertEquals(Duration.ofSeconds(1), bucket.take(10 * SECOND));
    }
}
