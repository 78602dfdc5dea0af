package dev.spgateway.order.boundary;

import dev.spgateway.api.control.ApiCall;
import dev.spgateway.api.control.ApiMethod;
import dev.spgateway.api.control.Caller;
import dev.spgateway.api.control.Envelope;
import dev.spgateway.order.control.OrderRequest;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletionStage;

/** {@code order.info}: one order by its Amazon order id ({@code order_id}, or {@code id}). */
@ApplicationScoped
public class OrderInfoMethod implements ApiMethod {

    @EJB
    Orders orders;

    @Override
    public String name() {
        return "order.info";
    }

    @Override
    public CompletionStage<Envelope> invoke(ApiCall call, Caller caller) {
        String orderId = OrderRequest.orderId(call);
        return orders.info(caller, OrderRequest.of(call), orderId);
    }
}
