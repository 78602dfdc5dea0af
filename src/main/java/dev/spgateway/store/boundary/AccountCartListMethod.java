package dev.spgateway.store.boundary;

import dev.spgateway.api.control.ApiCall;
import dev.spgateway.api.control.ApiMethod;
import dev.spgateway.api.control.Caller;
import dev.spgateway.api.control.Envelope;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;

/** {@code account.cart.list}: the caller's stores. */
@ApplicationScoped
public class AccountCartListMethod implements ApiMethod {

    @EJB
    Stores stores;

    @Override
    public String name() {
        return "account.cart.list";
    }

    @Override
    public CompletionStage<Envelope> invoke(ApiCall call, Caller caller) {
        List<Map<String, Object>> carts = stores.list(caller);
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("carts_count", carts.size());
        result.put("carts", carts);
        return Envelope.ok(result).now();
    }
}
