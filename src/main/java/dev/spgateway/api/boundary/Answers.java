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
     * The answer as a stage of the runtime's response. A failure already known is thrown as the exception
     * itself, for the exception mappers; a later one completes the stage with its cause, not the wrapper the
     * stages add. The resource methods declare the stage because RESTEasy decides by the declared type
     * whether a method answers asynchronously (Jersey also by the value returned).
     */
    static <R> CompletionStage<R> unwrapped(CompletionStage<Envelope> answer, Function<Envelope, R> response) {
        CompletableFuture<Envelope> future = answer.toCompletableFuture();
        if (future.isDone()) {
            try {
                return CompletableFuture.completedStage(response.apply(future.join()));
            } catch (CompletionException e) {
                throw rethrowable(e.getCause());
            }
        }
        CompletableFuture<R> unwrapped = new CompletableFuture<>();
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
