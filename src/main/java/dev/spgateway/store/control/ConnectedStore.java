package dev.spgateway.store.control;

import java.util.List;

/** A store connected by a seller's consent: new, or an existing one whose refresh token was replaced. */
public record ConnectedStore(String storeKey, String sellerId, List<String> marketplaces, boolean reauthorized) {
}
