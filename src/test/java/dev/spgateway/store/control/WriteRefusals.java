package dev.spgateway.store.control;

import jakarta.persistence.PersistenceException;

/** The refusal {@link StoreWrites} raises when the database turns a write down, for tests of its callers. */
public final class WriteRefusals {

    private WriteRefusals() {
    }

    public static StoreWrites.WriteRefused of(PersistenceException reason) {
        return new StoreWrites.WriteRefused(reason);
    }
}
