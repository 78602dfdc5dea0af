package dev.spgateway.order.boundary;

import dev.spgateway.api.control.ApiCall;
import dev.spgateway.api.control.ApiMethod;
import dev.spgateway.api.control.Caller;
import dev.spgateway.api.control.Envelope;
import dev.spgateway.order.control.OrderCursors;
import dev.spgateway.order.control.OrderRequest;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.CompletionStage;

/** {@code order.list}: a page of the store's orders. */
@ApplicationScoped
public class OrderListMethod implements ApiMethod {

    @EJB
    Orders orders;

    @Inject
    OrderCursors cursors;

    @Override
    public String name() {
        return "order.list";
    }

    @Override
    public CompletionStage<Envelope> invoke(ApiCall call, Caller caller) {
        return orders.list(caller, OrderRequest.of(call, cursors));
    }
}
