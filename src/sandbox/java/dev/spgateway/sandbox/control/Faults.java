package dev.spgateway.sandbox.control;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Faults scripted for the next calls of an operation, consumed one per call in the order scripted. */
public final class Faults {

    private final Map<String, Deque<Fault>> pending = new ConcurrentHashMap<>();

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
    }
}
