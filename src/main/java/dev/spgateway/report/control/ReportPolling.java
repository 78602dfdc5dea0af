package dev.spgateway.report.control;

import dev.spgateway.api.control.ApiException;
import dev.spgateway.api.control.ReturnCode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * Asking again until the answer is final or a deadline has passed. It asks often at first and then less,
 * each pause twice the last up to a maximum, so that a report that finishes soon is seen soon and a long
 * one is not asked about many times over. The pause is given, so that time can pass without sleeping.
 */
public final class ReportPolling {

    /** Waiting between two questions; may be interrupted. */
    @FunctionalInterface
    public interface Pause {

        Pause SLEEP = duration -> Thread.sleep(Math.max(1, duration.toMillis()));

        void pause(Duration duration) throws InterruptedException;
    }

    private final Duration initial;
    private final Duration max;
    private final Clock clock;
    private final Pause pause;

    public ReportPolling(Duration initial, Duration max, Clock clock, Pause pause) {
        if (isNone(initial) || max.compareTo(initial) < 0) {
            throw new IllegalArgumentException("polling needs a positive first pause no longer than the longest");
        }
        this.initial = initial;
        this.max = max;
        this.clock = clock;
        this.pause = pause;
    }

    /**
     * The first final answer, or the last one asked before the deadline. It asks at least once, even
     * past the deadline, and never pauses beyond it.
     *
     * @throws ApiException 5xx when the thread is interrupted while pausing
     */
    public <T> T until(Instant deadline, T start, UnaryOperator<T> askAgain, Predicate<T> isFinal) {
        Duration interval = initial;
        T answer = start;
        while (true) {
            answer = askAgain.apply(answer);
            Duration left = Duration.between(clock.instant(), deadline);
            if (isFinal.test(answer) || isNone(left)) {
                return answer;
            }
            pause(shorter(interval, left));
            interval = shorter(interval.multipliedBy(2), max);
        }
    }

    private void pause(Duration duration) {
        try {
            pause.pause(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiException(ReturnCode.SERVICE_UNAVAILABLE, "Interrupted while waiting for the report");
        }
    }

    private static boolean isNone(Duration duration) {
        return duration.isNegative() || duration.isZero();
    }

    private static Duration shorter(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
