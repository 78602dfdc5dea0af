package dev.spgateway.report.control;

import dev.spgateway.platform.control.SingleFlight;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Supplier;

/**
 * Values computed once from a report's rows (a sort order) by the first request that needs them. Requests
 * that need one while it is being computed wait for it, but only as long as they are told; a computation
 * that fails is forgotten, so the next request tries again.
 */
final class DerivedValues {

    private final ConcurrentMap<String, CompletableFuture<Object>> values = new ConcurrentHashMap<>();

    @SuppressWarnings("unchecked")
    <T> T get(String name, Duration maxWait, Supplier<T> computation) {
        CompletableFuture<Object> mine = new CompletableFuture<>();
        CompletableFuture<Object> existing = values.putIfAbsent(name, mine);
        if (existing != null) {
            return (T) SingleFlight.await(existing, maxWait);
        }
        try {
            T value = computation.get();
            mine.complete(value);
            return value;
        } catch (RuntimeException | Error e) {
            values.remove(name, mine);
            mine.completeExceptionally(e);
            throw e;
        }
    }
}
