package dev.spgateway.store.boundary;

import dev.spgateway.api.control.ApiCall;
import dev.spgateway.api.control.ApiMethod;
import dev.spgateway.api.control.Caller;
import dev.spgateway.api.control.Envelope;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.CompletionStage;

/** {@code cart.delete}: removes the store and its stored credentials. */
@ApplicationScoped
public class CartDeleteMethod implements ApiMethod {

    @EJB
    Stores stores;

    @Override
    public String name() {
        return "cart.delete";
    }

    @Override
    public CompletionStage<Envelope> invoke(ApiCall call, Caller caller) {
        stores.delete(caller, StoreMethods.storeKey(call));
        return Envelope.ok(Map.of("status", "deleted")).now();
    }
}
