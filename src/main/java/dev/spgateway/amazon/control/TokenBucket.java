package dev.spgateway.amazon.control;

import java.time.Duration;

/**
 * Amazon's usage-plan model on the client side: {@code burst} tokens that refill at {@code rate} per second.
 * A caller learns how long to wait for a token, so the gateway waits instead of sending a request that
 * would be throttled.
 */
final class TokenBucket {

    /** Doublings of the pause after repeated throttling: at most 2^5 times the time of one token. */
    private static final int MAX_DOUBLINGS = 5;

    private double rate;
    private final int burst;
    private double tokens;
    private long lastNanos;
    private int consecutiveThrottles;

    TokenBucket(double rate, int burst, long nowNanos) {
        if (rate <= 0 || burst < 1) {
            throw new IllegalArgumentException("a bucket has a positive rate and a burst of at least 1");
        }
        this.rate = rate;
        this.burst = burst;
        this.tokens = burst;
        this.lastNanos = nowNanos;
    }

    /**
     * Takes a token if one is there and returns zero; otherwise reserves the next one and returns how long
     * the caller must wait for it. A caller that will not wait that long calls {@link #giveBack()}.
     */
    synchronized Duration take(long nowNanos) {
        refill(nowNanos);
        tokens -= 1;
        if (tokens >= 0) {
            return Duration.ZERO;
        }
        return Duration.ofNanos((long) (-tokens / rate * 1_000_000_000L));
    }

    synchronized double available(long nowNanos) {
        refill(nowNanos);
        return tokens;
    }

    synchronized void giveBack() {
        tokens = Math.min(burst, tokens + 1);
    }

    /**
     * Amazon throttled a request the model allowed: its real budget is smaller than ours. The bucket is
     * emptied and, with each further throttle in a row, owes tokens so that the pause before the next
     * request doubles (bounded) until Amazon answers again.
     */
    synchronized void throttled(long nowNanos) {
        refill(nowNanos);
        consecutiveThrottles = Math.min(consecutiveThrottles + 1, MAX_DOUBLINGS + 1);
        tokens = Math.min(tokens, 1 - (1 << (consecutiveThrottles - 1)));
    }

    synchronized void answered() {
        consecutiveThrottles = 0;
    }

    /** Amazon's answer says which rate applies to this seller and operation. */
    synchronized void adjustRate(double newRate, long nowNanos) {
        if (newRate > 0 && newRate != rate) {
            refill(nowNanos);
            rate = newRate;
        }
    }

    synchronized double rate() {
        return rate;
    }

    private void refill(long nowNanos) {
        double elapsedSeconds = (nowNanos - lastNanos) / 1_000_000_000.0;
        if (elapsedSeconds > 0) {
            tokens = Math.min(burst, tokens + elapsedSeconds * rate);
            lastNanos = nowNanos;
        }
    }
}
