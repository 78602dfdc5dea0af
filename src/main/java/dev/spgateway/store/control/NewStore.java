package dev.spgateway.store.control;

import dev.spgateway.amazon.control.SpApiCredentials;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A store that passed its checks (the marketplaces Amazon reported, none when not verified), to be stored. */
public record NewStore(String accountId, SpApiCredentials credentials, List<String> marketplaces,
        Optional<String> label, Optional<Instant> givenExpiry, Instant now) {
}
