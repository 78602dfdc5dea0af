package dev.spgateway.api.control;

/** Tells which API account an API key belongs to; the feature that keeps the keys implements it. */
public interface CallerAuthenticator {

    /**
     * The key's account.
     *
     * @throws ApiException 2 for a key that is unknown, 6 for one that is disabled
     */
    Caller authenticate(String apiKey);
}
