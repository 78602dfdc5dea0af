package dev.spgateway.order.boundary;

import dev.spgateway.api.control.ApiCall;
import dev.spgateway.api.control.ApiMethod;
import dev.spgateway.api.control.Caller;
import dev.spgateway.api.control.Envelope;
import dev.spgateway.order.control.OrderRequest;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletionStage;

/** {@code order.list}: how many of the store's orders match. */
@ApplicationScoped
public class OrderCountMethod implements ApiMethod {

    @EJB
    Orders orders;

    @Override
    public String name() {
        return "order.count";
    }

    @Override
    public CompletionStage<Envelope> invoke(ApiCall call, Caller caller) {
        return orders.count(caller, OrderRequest.of(call));
    }
}
