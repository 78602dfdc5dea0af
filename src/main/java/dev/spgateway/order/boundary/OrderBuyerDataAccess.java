package dev.spgateway.order.boundary;

import dev.spgateway.order.entity.OrderSync;
import dev.spgateway.store.control.BuyerDataAccess;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;

/** What the order sync last learned of the store's buyer-data role, for cart.info and account.cart.list. */
@ApplicationScoped
public class OrderBuyerDataAccess implements BuyerDataAccess {

    @EJB
    OrderStore store;

    @Override
    public String of(String storeId) {
        return store.sync(storeId).map(OrderSync::buyerData).map(Enum::name).orElse(UNKNOWN);
    }
}
