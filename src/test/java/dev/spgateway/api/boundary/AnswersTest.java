package dev.spgateway.api.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spgateway.api.control.ApiException;
import dev.spgateway.api.control.Envelope;
import dev.spgateway.api.control.ReturnCode;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;

class AnswersTest {

    private static final Envelope OK = Envelope.ok(Map.of("status", "fine"));

    @Test
    void aCompleteAnswerIsACompletedStageOfItsResponse() {
        CompletableFuture<Wrapped> answer = Answers.unwrapped(OK.now(), Wrapped::new).toCompletableFuture();
        assertTrue(answer.isDone());
        assertSame(OK, answer.join().envelope());
    }

    @Test
    void aFailedAnswerIsThrownAsItsCauseForTheExceptionMappers() {
        ApiException failure = new ApiException(ReturnCode.STORE_ERROR, "not ready");
        CompletionStage<Envelope> failed = CompletableFuture.<Envelope>completedFuture(null)
                .thenApply(nothing -> {
                    throw failure;
                });
        assertSame(failure, assertThrows(ApiException.class, () -> Answers.unwrapped(failed, Wrapped::new)));
    }

    @Test
    void aPendingAnswerCompletesLaterWithTheEnvelopeOrTheUnwrappedCause() throws Exception {
        CompletableFuture<Envelope> later = new CompletableFuture<>();
        CompletableFuture<Wrapped> stage = Answers.unwrapped(later.thenApply(envelope -> envelope), Wrapped::new)
                .toCompletableFuture();
        assertFalse(stage.isDone());
        later.complete(OK);
        assertSame(OK, stage.get().envelope());

        CompletableFuture<Envelope> failing = new CompletableFuture<>();
        CompletableFuture<Wrapped> failed = Answers.unwrapped(failing.thenApply(e -> e), Wrapped::new)
                .toCompletableFuture();
        IllegalStateException cause = new IllegalStateException("database gone");
        failing.completeExceptionally(cause);
        ExecutionException thrown = assertThrows(ExecutionException.class, failed::get);
        assertSame(cause, thrown.getCause());
        assertEquals(1, countWrappers(thrown));
    }

    /** What a later answer is completed with, in place of the runtime's response. */
    private record Wrapped(Envelope envelope) {
    }

    /** get() adds one ExecutionException; the stage itself must add no CompletionException of its own. */
    private static int countWrappers(Throwable thrown) {
        int wrappers = 0;
        for (Throwable t = thrown; t.getCause() != null; t = t.getCause()) {
            wrappers++;
        }
        return wrappers;
    }
}
