package dev.spgateway.api.boundary;

import dev.spgateway.api.control.ApiCall;
import dev.spgateway.api.control.ApiMethod;
import dev.spgateway.api.control.ApiMethods;
import dev.spgateway.api.control.Caller;
import dev.spgateway.api.control.Envelope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;

/** {@code cart.methods}: the methods this gateway answers. */
@ApplicationScoped
public class CartMethodsMethod implements ApiMethod {

    @Inject
    ApiMethods methods;

    @Override
    public String name() {
        return "cart.methods";
    }

    @Override
    public CompletionStage<Envelope> invoke(ApiCall call, Caller caller) {
        List<Map<String, String>> listed = methods.names().stream()
                .map(name -> Map.of("name", name))
                .toList();
        return Envelope.ok(Map.of("methods", listed)).now();
    }
}
