package dev.spgateway.store.boundary;

import dev.spgateway.api.control.ApiCall;
import dev.spgateway.api.control.ApiMethod;
import dev.spgateway.api.control.Caller;
import dev.spgateway.api.control.Envelope;
import dev.spgateway.platform.boundary.WaitingCalls;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/** {@code account.config.update}: replaces any subset of a store's credentials (checked live first) and its label. */
@ApplicationScoped
public class AccountConfigUpdateMethod implements ApiMethod {

    /** The idempotent_replay column's width. */
    static final int MAX_IDEMPOTENCY_KEY_LENGTH = 200;

    @EJB
    Stores stores;

    @Inject
    WaitingCalls calls;

    @Override
    public String name() {
        return "account.config.update";
    }

    @Override
    public CompletionStage<Envelope> invoke(ApiCall call, Caller caller) {
        String storeKey = StoreMethods.storeKey(call);
        Map<String, String> changes = StoreMethods.credentialParameters(call);
        Optional<String> label = StoreMethods.labelChange(call);
        if (changes.isEmpty() && label.isEmpty()) {
            throw StoreMethods.nothingToUpdate();
        }
        boolean verify = call.bool("verify", true);
        Optional<String> idempotencyKey = call.key("idempotency_key", MAX_IDEMPOTENCY_KEY_LENGTH);
        // changed credentials are checked with Amazon before they are kept
        return calls.submit(() -> Envelope.ok(Map.of("updated_items",
                stores.updateConfig(caller, storeKey, changes, label, verify, idempotencyKey).updatedItems())));
    }
}
