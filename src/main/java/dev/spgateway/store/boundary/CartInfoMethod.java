package dev.spgateway.store.boundary;

import dev.spgateway.api.control.ApiCall;
import dev.spgateway.api.control.ApiMethod;
import dev.spgateway.api.control.Caller;
import dev.spgateway.api.control.Envelope;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletionStage;

/** {@code cart.info}: the store, its marketplaces and its masked credentials. */
@ApplicationScoped
public class CartInfoMethod implements ApiMethod {

    @EJB
    Stores stores;

    @Override
    public String name() {
        return "cart.info";
    }

    @Override
    public CompletionStage<Envelope> invoke(ApiCall call, Caller caller) {
        return Envelope.ok(stores.info(caller, StoreMethods.storeKey(call))).now();
    }
}
