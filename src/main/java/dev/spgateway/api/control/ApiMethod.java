package dev.spgateway.api.control;

/**
 * One method of the API ({@code cart.methods}, {@code product.list}, …). Implementations are CDI beans that
 * validate the call and delegate to their feature's boundary; the dispatcher finds them by {@link #name()}.
 */
public interface ApiMethod {

    String name();

    Envelope invoke(ApiCall call, Caller caller);
}
