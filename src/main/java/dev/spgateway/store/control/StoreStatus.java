package dev.spgateway.store.control;

/** A store and the state of its client secret as of the moment it was read. */
public record StoreStatus(StoreSummary store, SecretState secret) {
}
