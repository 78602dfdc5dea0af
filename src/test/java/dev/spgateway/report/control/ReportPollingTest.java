package dev.spgateway.report.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spgateway.api.control.ApiException;
import dev.spgateway.api.control.ReturnCode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Polling on a clock that moves only when it pauses. */
class ReportPollingTest {

    private final ReportFakes.Time time = new ReportFakes.Time();
    private final List<Duration> pauses = new ArrayList<>();
    private final ReportPolling polling = new ReportPolling(Duration.ofMillis(250), Duration.ofSeconds(1), time,
            duration -> {
                pauses.add(duration);
                time.pass(duration);
            });

    @Test
    void pausesDoubleFromTheFirstToTheLongestAndTheLastEndsAtTheDeadline() {
        Instant deadline = time.instant().plusSeconds(5);

        int asked = polling.until(deadline, 0, count -> count + 1, count -> false);

        assertEquals(List.of(millis(250), millis(500), millis(1000), millis(1000), millis(1000), millis(1000),
                millis(250)), pauses);
        assertEquals(deadline, time.instant());
        assertEquals(pauses.size() + 1, asked, "asked once more after the last pause");
    }

    @Test
    void aFinalAnswerEndsPollingWithoutAnotherPause() {
        int asked = polling.until(time.instant().plusSeconds(5), 0, count -> count + 1, count -> count == 3);

        assertEquals(3, asked);
        assertEquals(List.of(millis(250), millis(500)), pauses);
    }

    @Test
    void aDeadlineAlreadyPastStillAsksOnceAndNeverPauses() {
        int asked = polling.until(time.instant().minusSeconds(1), 0, count -> count + 1, count -> false);

        assertEquals(1, asked);
        assertEquals(List.of(), pauses);
    }

    @Test
    void anInterruptedPauseIsAServiceUnavailableAnswerAndKeepsTheInterrupt() {
        ReportPolling interrupted = new ReportPolling(Duration.ofMillis(250), Duration.ofSeconds(1), time,
                duration -> {
                    throw new InterruptedException();
                });
        try {
            ApiException failure = assertThrows(ApiException.class,
                    () -> interrupted.until(time.instant().plusSeconds(5), 0, count -> count + 1, count -> false));

            assertEquals(ReturnCode.SERVICE_UNAVAILABLE, failure.returnCode());
            assertTrue(Thread.currentThread().isInterrupted());
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void theFirstPauseMustBePositiveAndNoLongerThanTheLongest() {
        assertThrows(IllegalArgumentException.class,
                () -> new ReportPolling(Duration.ZERO, Duration.ofSeconds(1), time, ReportPolling.Pause.SLEEP));
        assertThrows(IllegalArgumentException.class,
                () -> new ReportPolling(Duration.ofSeconds(2), Duration.ofSeconds(1), time, ReportPolling.Pause.SLEEP));
    }

    private static Duration millis(long millis) {
        return Duration.ofMillis(millis);
    }
}
