package dev.spgateway.api.control;

import java.util.concurrent.CompletionStage;

/**
 * One method of the API ({@code cart.methods}, {@code product.list}, …). Implementations are CDI beans that
 * validate the call and delegate to their feature's boundary; the dispatcher finds them by {@link #name()}.
 * The answer is a stage so that a method waiting on Amazon frees the request thread: most answers are
 * complete when returned ({@link Envelope#now()}).
 */
public interface ApiMethod {

    String name();

    CompletionStage<Envelope> invoke(ApiCall call, Caller caller);
}
