package dev.spgateway.store.control;

import java.util.List;

/** The outcome of a live re-check of a store's stored credentials. */
public record StoreRecheck(String storeId, boolean valid, List<String> marketplaceIds, String message) {
}
