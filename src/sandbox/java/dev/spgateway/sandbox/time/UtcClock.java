package dev.spgateway.sandbox.time;

import java.time.Clock;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** The sandbox's clocks: UTC only, as Amazon's timestamps are. */
abstract class UtcClock extends Clock {

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the sandbox works in UTC");
    }
}
