package dev.spgateway.sandbox.usageplan;

import java.time.Instant;

/** Amazon's token bucket: starts full at the burst, refills at the rate, one token per call. */
final class TokenBucket {

    private final UsagePlan plan;
    private double tokens;
    private Instant last;

    TokenBucket(UsagePlan plan, Instant now) {
        this.plan = plan;
        this.tokens = plan.burst();
        this.last = now;
    }

    synchronized boolean tryTake(Instant now) {
        if (now.isAfter(last)) {
            double seconds = (now.toEpochMilli() - last.toEpochMilli()) / 1000.0;
            tokens = Math.min(plan.burst(), tokens + seconds * plan.rate());
            last = now;
        }
        if (tokens >= 1.0) {
            tokens -= 1.0;
            return true;
        }
        return false;
    }
}
