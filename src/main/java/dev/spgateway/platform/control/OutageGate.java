package dev.spgateway.platform.control;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;

/**
 * Remembers that a dependency is down, so calls are refused at once instead of each waiting for it to fail,
 * and finds out when it is back: while down, one caller per interval probes it, the others are refused.
 */
public final class OutageGate {

    private final BooleanSupplier probe;
    private final LongSupplier nanoTime;
    private final long intervalNanos;
    private final AtomicBoolean probing = new AtomicBoolean();
    private volatile boolean down;
    private volatile long nextProbeNanos;

    public OutageGate(BooleanSupplier probe, Duration interval, LongSupplier nanoTime) {
        this.probe = probe;
        this.intervalNanos = interval.toNanos();
        this.nanoTime = nanoTime;
    }

    /** True when calls may go ahead: the dependency is up, or this caller's probe found it back. */
    public boolean admits() {
        if (!down) {
            return true;
        }
        if (nanoTime.getAsLong() - nextProbeNanos < 0 || !probing.compareAndSet(false, true)) {
            return false;
        }
        try {
            return probe();
        } finally {
            probing.set(false);
        }
    }

    /** Probes now and records the outcome; true when the dependency answers. */
    public boolean probe() {
        boolean up = probe.getAsBoolean();
        if (up) {
            down = false;
        } else {
            nextProbeNanos = nanoTime.getAsLong() + intervalNanos;
            down = true;
        }
        return up;
    }

    public boolean isDown() {
        return down;
    }
}
