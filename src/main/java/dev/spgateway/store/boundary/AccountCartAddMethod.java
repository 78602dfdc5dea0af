package dev.spgateway.store.boundary;

import dev.spgateway.api.control.ApiCall;
import dev.spgateway.api.control.ApiMethod;
import dev.spgateway.api.control.Caller;
import dev.spgateway.api.control.Envelope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;

/** {@code account.cart.add}: connects an Amazon seller and answers its {@code store_key}. */
@ApplicationScoped
public class AccountCartAddMethod implements ApiMethod {

    @Inject
    Stores stores;

    @Override
    public String name() {
        return "account.cart.add";
    }

    @Override
    public Envelope invoke(ApiCall call, Caller caller) {
        StoreMethods.requireAmazonCart(call);
        String storeKey = stores.add(caller, StoreMethods.credentialParameters(call), call.bool("verify", true),
                call.label("custom_label"));
        return Envelope.ok(Map.of("store_key", storeKey));
    }
}
