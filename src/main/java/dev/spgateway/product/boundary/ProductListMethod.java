package dev.spgateway.product.boundary;

import dev.spgateway.api.control.ApiCall;
import dev.spgateway.api.control.ApiMethod;
import dev.spgateway.api.control.Caller;
import dev.spgateway.api.control.Envelope;
import dev.spgateway.product.control.PageCursors;
import dev.spgateway.product.control.ProductRequest;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.CompletionStage;

/** {@code product.list}: a page of the store's listings. */
@ApplicationScoped
public class ProductListMethod implements ApiMethod {

    @EJB
    Products products;

    @Inject
    PageCursors cursors;

    @Override
    public String name() {
        return "product.list";
    }

    @Override
    public CompletionStage<Envelope> invoke(ApiCall call, Caller caller) {
        return products.list(caller, ProductRequest.of(call, cursors));
    }
}
