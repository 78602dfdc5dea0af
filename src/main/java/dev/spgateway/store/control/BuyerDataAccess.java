package dev.spgateway.store.control;

/**
 * Whether a store's application may read buyer and recipient data, as the feature that asks Amazon for them
 * last learned it: {@code ALLOWED}, {@code REFUSED} (Amazon answered 403 to the request for them) or
 * {@code UNKNOWN} (not asked yet). The store feature shows it without knowing who asks.
 */
public interface BuyerDataAccess {

    String UNKNOWN = "UNKNOWN";

    String of(String storeId);
}
