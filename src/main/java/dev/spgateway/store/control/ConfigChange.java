package dev.spgateway.store.control;

import dev.spgateway.amazon.control.SpApiCredentials;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * An account.config.update worked out against the store as read at {@code basedOnVersion}: the credentials
 * after the change (checked live when {@code verifiedMarketplaces} is present), Amazon's expiry date if
 * given, a new label (empty text removes it), and the answer to remember for an idempotency key.
 */
public record ConfigChange(String storeId, long basedOnVersion, SpApiCredentials credentials,
        boolean credentialsChanged, Optional<List<String>> verifiedMarketplaces, Optional<Instant> givenExpiry,
        Optional<String> label, Optional<IdempotentReplays.FirstAnswer> answer, Instant now) {
}
