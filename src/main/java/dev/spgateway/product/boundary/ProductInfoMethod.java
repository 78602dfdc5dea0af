package dev.spgateway.product.boundary;

import dev.spgateway.api.control.ApiCall;
import dev.spgateway.api.control.ApiMethod;
import dev.spgateway.api.control.Caller;
import dev.spgateway.api.control.Envelope;
import dev.spgateway.product.control.ProductRequest;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;

/** {@code product.info}: one listing by its id, the seller SKU. */
@ApplicationScoped
public class ProductInfoMethod implements ApiMethod {

    /** A container reference: Weld's proxy for a session bean threw and caught an exception on every call. */
    @EJB
    Products products;

    @Override
    public String name() {
        return "product.info";
    }

    @Override
    public Envelope invoke(ApiCall call, Caller caller) {
        String id = call.required("id");
        return products.info(caller, ProductRequest.of(call), id);
    }
}
