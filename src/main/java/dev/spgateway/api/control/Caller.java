package dev.spgateway.api.control;

/**
 * The authenticated API account behind a call. Every store lookup is scoped to it, which is what keeps one
 * account's stores invisible to another.
 */
public record Caller(String accountId) {

    public Caller {
        if (accountId == null || accountId.isBlank()) {
            throw new IllegalArgumentException("account id is required");
        }
    }
}
