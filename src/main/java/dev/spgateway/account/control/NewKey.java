package dev.spgateway.account.control;

/** The one answer that carries a key in full: it is shown once, and only its hash is kept. */
public record NewKey(String accountId, String accountName, String keyId, String apiKey) {
}
