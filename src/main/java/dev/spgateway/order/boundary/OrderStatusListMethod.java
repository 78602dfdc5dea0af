package dev.spgateway.order.boundary;

import dev.spgateway.api.control.ApiCall;
import dev.spgateway.api.control.ApiMethod;
import dev.spgateway.api.control.Caller;
import dev.spgateway.api.control.Envelope;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletionStage;

/** {@code order.status.list}: the statuses an AmazonSP order can have, by API2Cart's names. */
@ApplicationScoped
public class OrderStatusListMethod implements ApiMethod {

    @Override
    public String name() {
        return "order.status.list";
    }

    @Override
    public CompletionStage<Envelope> invoke(ApiCall call, Caller caller) {
        return Orders.statuses().now();
    }
}
