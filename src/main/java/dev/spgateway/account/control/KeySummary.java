package dev.spgateway.account.control;

import dev.spgateway.account.entity.ApiKey;
import java.time.Instant;

/** A key as a person may see it: its last characters and whether it still works. */
public record KeySummary(String id, String hint, Instant createdAt, Instant disabledAt) {

    public static KeySummary of(ApiKey key) {
        return new KeySummary(key.id(), key.keyHint(), key.createdAt(), key.disabledAt());
    }
}
