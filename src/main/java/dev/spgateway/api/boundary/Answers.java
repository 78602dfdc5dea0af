package dev.spgateway.api.boundary;

import dev.spgateway.api.control.Envelope;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;

/** A method's answer in the form the JAX-RS runtime answers best. */
final class Answers {

    private Answers() {
    }

    /**
     * The envelope itself when the stage is already complete, so that the runtime does not suspend the
     * request for nothing; a failure as the exception itself, for the exception mappers; else a stage that
     * completes with the envelope or with the cause of its failure, not the wrapper the stages add.
     */
    static Object unwrapped(CompletionStage<Envelope> answer) {
        CompletableFuture<Envelope> future = answer.toCompletableFuture();
        if (future.isDone()) {
            try {
                return future.join();
            } catch (CompletionException e) {
                throw rethrowable(e.getCause());
            }
        }
        CompletableFuture<Envelope> unwrapped = new CompletableFuture<>();
        future.whenComplete((envelope, failure) -> {
            if (failure == null) {
                unwrapped.complete(envelope);
            } else {
                unwrapped.completeExceptionally(cause(failure));
            }
        });
        return unwrapped;
    }

    private static Throwable cause(Throwable failure) {
        Throwable cause = failure;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException)
                && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }

    private static RuntimeException rethrowable(Throwable failure) {
        Throwable cause = cause(failure);
        if (cause instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        return new IllegalStateException(cause);
    }
}
