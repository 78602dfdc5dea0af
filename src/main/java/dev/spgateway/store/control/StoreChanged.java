package dev.spgateway.store.control;

/** A store was changed or removed: what instances remember of it must go once the change is committed. */
public record StoreChanged(String storeKey) {
}
