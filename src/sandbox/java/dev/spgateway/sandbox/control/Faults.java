package dev.spgateway.sandbox.control;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Faults scripted for the next calls of an operation, consumed one per call in the order scripted. */
public final class Faults {

    private final Map<String, Deque<Fault>> pending = new ConcurrentHashMap<>();
    private final Map<String, Hold> holds = new ConcurrentHashMap<>();

    /** Holds the operation's calls from now on, until the hold is released (or its longest delay is over). */
    public Hold hold(String operation, Duration maxDelay) {
        Hold hold = new Hold(maxDelay);
        Hold previous = holds.put(operation, hold);
        if (previous != null) {
            previous.release();
        }
        return hold;
    }

    /** Called as a call of the operation arrives, before any scripted fault. */
    public void pass(String operation) {
        Hold hold = holds.get(operation);
        if (hold != null) {
            hold.pass();
        }
    }

    public void script(String operation, Fault fault, int times) {
        Deque<Fault> queue = pending.computeIfAbsent(operation, k -> new ArrayDeque<>());
        synchronized (queue) {
            for (int i = 0; i < times; i++) {
                queue.addLast(fault);
            }
        }
    }

    public Optional<Fault> next(String operation) {
        Deque<Fault> queue = pending.get(operation);
        if (queue == null) {
            return Optional.empty();
        }
        synchronized (queue) {
            return Optional.ofNullable(queue.pollFirst());
        }
    }

    public void clear() {
        pending.clear();
        holds.values().forEach(Hold::release);
        holds.clear();
    }
}
