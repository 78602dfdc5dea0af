package dev.spgateway.store.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.spgateway.store.control.IdempotentReplays;
import jakarta.ejb.Schedule;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class IdempotencyPurgeTest {

    @Test
    void everyFiveMinutesInUtcWithoutCatchingUpMissedRuns() throws Exception {
        Schedule schedule = IdempotencyPurge.class.getDeclaredMethod("purge").getAnnotation(Schedule.class);

        assertEquals("*/5", schedule.minute());
        assertEquals("*", schedule.hour());
        assertEquals("UTC", schedule.timezone());
        assertFalse(schedule.persistent());
    }

    @Test
    void eachRunDeletesWhatHasExpired() {
        AtomicInteger purges = new AtomicInteger();
        IdempotencyPurge purge = new IdempotencyPurge();
        purge.replays = new IdempotentReplays() {
            @Override
            public int purgeExpired() {
                return purges.incrementAndGet();
            }
        };

        purge.purge();
        purge.purge();

        assertEquals(2, purges.get());
    }
}
