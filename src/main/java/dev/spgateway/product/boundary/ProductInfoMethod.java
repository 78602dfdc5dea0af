package dev.spgateway.product.boundary;

import dev.spgateway.api.control.ApiCall;
import dev.spgateway.api.control.ApiException;
import dev.spgateway.api.control.ApiMethod;
import dev.spgateway.api.control.Caller;
import dev.spgateway.api.control.Envelope;
import dev.spgateway.product.control.PageCursors;
import dev.spgateway.product.control.ProductRequest;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.CompletionStage;

/** {@code product.info}: one listing by its id, the seller SKU. */
@ApplicationScoped
public class ProductInfoMethod implements ApiMethod {

    @EJB
    Products products;

    @Inject
    PageCursors cursors;

    @Override
    public String name() {
        return "product.info";
    }

    @Override
    public CompletionStage<Envelope> invoke(ApiCall call, Caller caller) {
        String id = call.text("id", ProductRequest.MAX_SKU_LENGTH).orElseThrow(() -> ApiException.missing("id"));
        return products.info(caller, ProductRequest.of(call, cursors), id);
    }
}
