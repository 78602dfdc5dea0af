package dev.spgateway.store.boundary;

import dev.spgateway.api.control.ApiCall;
import dev.spgateway.api.control.ApiMethod;
import dev.spgateway.api.control.Caller;
import dev.spgateway.api.control.Envelope;
import dev.spgateway.platform.boundary.WaitingCalls;
import dev.spgateway.store.control.PlainText;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/** {@code account.cart.add}: connects an Amazon seller and answers its {@code store_key}. */
@ApplicationScoped
public class AccountCartAddMethod implements ApiMethod {

    @EJB
    Stores stores;

    @Inject
    WaitingCalls calls;

    @Override
    public String name() {
        return "account.cart.add";
    }

    @Override
    public CompletionStage<Envelope> invoke(ApiCall call, Caller caller) {
        StoreMethods.requireAmazonCart(call);
        Map<String, String> credentials = StoreMethods.credentialParameters(call);
        boolean verify = call.bool("verify", true);
        Optional<String> label = call.label(PlainText.CUSTOM_LABEL);
        // the live check of the credentials waits on Amazon
        return calls.submit(() -> Envelope.ok(Map.of("store_key", stores.add(caller, credentials, verify, label))));
    }
}
