package dev.spgateway.platform.control;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Runs at most one piece of work per key at a time: callers that arrive while it runs wait for its result
 * instead of starting their own (one LWA exchange for fifty concurrent requests of a cold store). A caller
 * waits for another's work at most as long as it is told, then gives up with {@link FlightTimeout}; the
 * work goes on for whoever started it.
 */
public final class SingleFlight<T> {

    /** How long a caller waits for another's work when it does not say. */
    public static final Duration DEFAULT_JOIN_WAIT = Duration.ofMinutes(2);

    /** Work under way and how many callers joined it. */
    private record Flight<T>(CompletableFuture<T> result, AtomicInteger joined) {
    }

    private final ConcurrentMap<String, Flight<T>> inFlight = new ConcurrentHashMap<>();

    public T run(String key, Supplier<T> work) {
        return run(key, work, DEFAULT_JOIN_WAIT);
    }

    /** The work's result, done here or by the caller already running it, waited for at most joinWait. */
    public T run(String key, Supplier<T> work, Duration joinWait) {
        Flight<T> mine = new Flight<>(new CompletableFuture<>(), new AtomicInteger());
        Flight<T> running = inFlight.putIfAbsent(key, mine);
        if (running != null) {
            running.joined().incrementAndGet();
            return await(running.result(), joinWait);
        }
        try {
            T value = work.get();
            mine.result().complete(value);
            return value;
        } catch (RuntimeException | Error e) {
            mine.result().completeExceptionally(e);
            throw e;
        } finally {
            inFlight.remove(key, mine);
        }
    }

    /** How many callers joined the work running for the key (0 when none runs). */
    int joined(String key) {
        Flight<T> flight = inFlight.get(key);
        return flight == null ? 0 : flight.joined().get();
    }

    /** The future's value, waited for at most joinWait; its failure rethrown as it was raised. */
    public static <T> T await(CompletableFuture<T> future, Duration joinWait) {
        try {
            return future.get(joinWait.toNanos(), TimeUnit.NANOSECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        } catch (TimeoutException e) {
            throw new FlightTimeout(joinWait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FlightTimeout(joinWait);
        }
    }

    /** The caller waited as long as it was told for work another caller is doing. */
    public static final class FlightTimeout extends RuntimeException {

        private static final long serialVersionUID = 1L;

        private final Duration waited;

        public FlightTimeout(Duration waited) {
            super("waited " + waited.toMillis() + " ms for the same work started by another request", null,
                    false, false);
            this.waited = waited;
        }

        public Duration waited() {
            return waited;
        }
    }
}
