package dev.spgateway.store.control;

import java.util.List;

/** What a product call needs of a store: its id, its owner and its marketplaces, no credentials. */
public record StoreReference(String id, String accountId, List<String> marketplaceIds) {

    public StoreReference {
        marketplaceIds = List.copyOf(marketplaceIds);
    }

    public boolean belongsTo(String account) {
        return accountId.equals(account);
    }
}
