package dev.spgateway.sandbox.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counters and call records per operation id, for tests that assert how the gateway called Amazon. A call is
 * recorded once its answer is written, so a client can hold the answer a moment before the record exists:
 * readers wait for requests still being handled (briefly) before they count.
 */
public final class CallLog {

    private static final long QUIET_WAIT_NANOS = 2_000_000_000L;

    private final Map<String, List<CallRecord>> calls = new ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.AtomicInteger inFlight = new java.util.concurrent.atomic.AtomicInteger();

    /** A request arrived; {@link #end()} follows once it is handled and recorded. */
    public void begin() {
        inFlight.incrementAndGet();
    }

    public void end() {
        inFlight.decrementAndGet();
    }

    private void awaitQuiet() {
        long deadline = System.nanoTime() + QUIET_WAIT_NANOS;
        while (inFlight.get() > 0 && System.nanoTime() < deadline) {
            try {
                Thread.sleep(2);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    public void record(CallRecord call) {
        List<CallRecord> list = calls.computeIfAbsent(call.operation(), k -> new ArrayList<>());
        synchronized (list) {
            list.add(call);
        }
    }

    public int count(String operation) {
        return calls(operation).size();
    }

    public List<CallRecord> calls(String operation) {
        awaitQuiet();
        List<CallRecord> list = calls.getOrDefault(operation, List.of());
        synchronized (list) {
            return List.copyOf(list);
        }
    }

    public Map<String, Integer> counts() {
        Map<String, Integer> out = new java.util.TreeMap<>();
        calls.keySet().forEach(op -> out.put(op, count(op)));
        return out;
    }

    public void clear() {
        calls.clear();
    }
}
