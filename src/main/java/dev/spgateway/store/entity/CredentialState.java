package dev.spgateway.store.entity;

/** Where a store's LWA client secret stands in its 180-day life. */
public enum CredentialState {
    OK, EXPIRING, EXPIRED
}
