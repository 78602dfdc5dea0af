package dev.spgateway.sandbox.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Counters and call records per operation id, for tests that assert how the gateway called Amazon. */
public final class CallLog {

    private final Map<String, List<CallRecord>> calls = new ConcurrentHashMap<>();

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
