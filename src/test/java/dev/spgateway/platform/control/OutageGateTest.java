package dev.spgateway.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class OutageGateTest {

    private final AtomicBoolean up = new AtomicBoolean(true);
    private final AtomicInteger probes = new AtomicInteger();
    private final AtomicLong nanos = new AtomicLong();
    private final OutageGate gate = new OutageGate(() -> {
        probes.incrementAndGet();
        return up.get();
    }, Duration.ofSeconds(1), nanos::get);

    @Test
    void admitsWithoutProbingWhileNothingFailed() {
        assertTrue(gate.admits());
        assertEquals(0, probes.get());
    }

    @Test
    void onceDownCallsAreRefusedAndOneProbePerIntervalFindsTheWayBack() {
        up.set(false);
        assertFalse(gate.probe());

        assertFalse(gate.admits());
        assertFalse(gate.admits());
        assertEquals(1, probes.get(), "refused without probing within the interval");

        nanos.addAndGet(Duration.ofSeconds(1).toNanos());
        assertFalse(gate.admits());
        assertEquals(2, probes.get());

        up.set(true);
        nanos.addAndGet(Duration.ofMillis(500).toNanos());
        assertFalse(gate.admits(), "the next probe waits for its interval");
        nanos.addAndGet(Duration.ofMillis(500).toNanos());
        assertTrue(gate.admits());
        assertTrue(gate.admits());
        assertEquals(3, probes.get());
        assertFalse(gate.isDown());
    }
}
