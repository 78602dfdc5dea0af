package dev.spgateway.api.boundary;

import dev.spgateway.api.control.Envelope;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;

/** A method's answer in the form the JAX-RS runtime answers best. */
final class Answers {

    private Answers() {
    }

    /**
     * The envelope itself when the stage is already complete, so that the runtime does not suspend the
     * request for nothing; a failure as the exception itself, for the exception mappers; else a stage that
     * completes with the envelope's response or with the cause of its failure, not the wrapper the stages add.
     * A response rather than the bare envelope because a runtime may choose the writer of a stage's value by
     * the resource method's declared type ({@code Object}), and then not the envelope's writer (RESTEasy).
     */
    static Object unwrapped(CompletionStage<Envelope> answer, Function<Envelope, ?> response) {
        CompletableFuture<Envelope> future = answer.toCompletableFuture();
        if (future.isDone()) {
            try {
                return future.join();
            } catch (CompletionException e) {
                throw rethrowable(e.getCause());
            }
        }
        CompletableFuture<Object> unwrapped = new CompletableFuture<>();
        future.whenComplete((envelope, failure) -> {
            if (failure == null) {
                unwrapped.complete(response.apply(envelope));
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
