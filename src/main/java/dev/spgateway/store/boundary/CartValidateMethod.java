package dev.spgateway.store.boundary;

import dev.spgateway.api.control.ApiCall;
import dev.spgateway.api.control.ApiMethod;
import dev.spgateway.api.control.Caller;
import dev.spgateway.api.control.Envelope;
import dev.spgateway.platform.boundary.WaitingCalls;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.CompletionStage;

/** {@code cart.validate}: checks the stored credentials against Amazon again. */
@ApplicationScoped
public class CartValidateMethod implements ApiMethod {

    @EJB
    Stores stores;

    @Inject
    WaitingCalls calls;

    @Override
    public String name() {
        return "cart.validate";
    }

    @Override
    public CompletionStage<Envelope> invoke(ApiCall call, Caller caller) {
        String storeKey = StoreMethods.storeKey(call);
        // the check asks Amazon again
        return calls.submit(() -> Envelope.ok(stores.validate(caller, storeKey)));
    }
}
