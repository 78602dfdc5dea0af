package dev.spgateway.store.boundary;

import dev.spgateway.api.control.ApiCall;
import dev.spgateway.api.control.ApiMethod;
import dev.spgateway.api.control.Caller;
import dev.spgateway.api.control.Envelope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** {@code cart.validate}: checks the stored credentials against Amazon again. */
@ApplicationScoped
public class CartValidateMethod implements ApiMethod {

    @Inject
    Stores stores;

    @Override
    public String name() {
        return "cart.validate";
    }

    @Override
    public Envelope invoke(ApiCall call, Caller caller) {
        return Envelope.ok(stores.validate(caller, StoreMethods.storeKey(call)));
    }
}
