package dev.spgateway.store.control;

import dev.spgateway.amazon.control.SpApiCredentials;
import dev.spgateway.store.control.IdempotentReplays.FirstAnswer;
import dev.spgateway.store.entity.StoreConnection;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * account.config.update on a store already found for its caller, its key and label already checked: replaces the given credentials and label
 * and answers how many changed. With an idempotency key, a repeat of the same request within the time to
 * live gets the first answer and changes nothing; the key with any other request is refused. Called outside
 * any transaction: a credential change is checked live first, then stored by {@link StoreWrites} in a short
 * transaction of its own. Made for each call by the boundary, with its collaborators.
 */
public final class ConfigUpdates {

    public static final String METHOD = "account.config.update";

    private final StoreVerifier verifier;
    private final IdempotentReplays replays;
    private final StoreWrites writes;
    private final Clock clock;

    public ConfigUpdates(StoreVerifier verifier, IdempotentReplays replays, StoreWrites writes, Clock clock) {
        this.verifier = verifier;
        this.replays = replays;
        this.writes = writes;
        this.clock = clock;
    }

    public ConfigAnswer update(StoreConnection store, Map<String, String> changes, Optional<String> label,
            boolean verify, Optional<String> key) {
        SpApiCredentials updated = CredentialRules.merge(store.credentials(), changes).ownedBy(store.accountId());
        Optional<Instant> givenExpiry = CredentialRules.secretExpiresAt(
                Optional.ofNullable(changes.get(CredentialRules.SECRET_EXPIRES_AT)), clock.instant());
        String fingerprint = IdempotentReplays.fingerprint(METHOD, store.id(),
                requestParameters(changes, label, verify));
        Optional<ConfigAnswer> first = key.flatMap(k -> replay(store, k, fingerprint));
        if (first.isPresent()) {
            return first.get();
        }
        try {
            return apply(store, updated, givenExpiry, label, verify, key, fingerprint);
        } catch (StoreWrites.WriteRefused refused) {
            // a concurrent call with the same key was first: its answer is this call's answer
            return key.flatMap(k -> replay(store, k, fingerprint)).orElseThrow(refused::reason);
        }
    }

    /** Checks the change live when it touches credentials, then stores it with the answer for the key. */
    private ConfigAnswer apply(StoreConnection store, SpApiCredentials updated, Optional<Instant> givenExpiry,
            Optional<String> label, boolean verify, Optional<String> key, String fingerprint) {
        int credentialChanges = changedItems(store.credentials(), updated);
        Optional<String> relabel = label.filter(l -> !Objects.equals(l.isEmpty() ? null : l, store.customLabel()));
        ConfigAnswer answer = new ConfigAnswer(credentialChanges + (givenExpiry.isPresent() ? 1 : 0)
                + (relabel.isPresent() ? 1 : 0));
        Optional<FirstAnswer> toRemember = key.map(k -> new FirstAnswer(store.accountId(), k, METHOD,
                fingerprint, answer.json()));
        if (answer.updatedItems() == 0 && toRemember.isEmpty()) {
            return answer;
        }
        Optional<List<String>> verified = verify && credentialChanges > 0
                ? Optional.of(verifier.verify(updated)) : Optional.empty();
        writes.update(new ConfigChange(store.id(), store.version(), updated, credentialChanges > 0, verified,
                givenExpiry, relabel, toRemember, clock.instant()));
        return answer;
    }

    private Optional<ConfigAnswer> replay(StoreConnection store, String key, String fingerprint) {
        return replays.replay(store.accountId(), key, fingerprint).map(ConfigAnswer::fromJson);
    }

    /** What identifies an account.config.update request besides its method and store: every value it acts on. */
    static Map<String, String> requestParameters(Map<String, String> changes, Optional<String> label,
            boolean verify) {
        Map<String, String> parameters = new LinkedHashMap<>(changes);
        label.ifPresent(value -> parameters.put(PlainText.CUSTOM_LABEL, value));
        parameters.put("verify", String.valueOf(verify));
        return parameters;
    }

    static int changedItems(SpApiCredentials before, SpApiCredentials after) {
        int changed = 0;
        changed += before.clientId().equals(after.clientId()) ? 0 : 1;
        changed += before.clientSecret().sameAs(after.clientSecret()) ? 0 : 1;
        changed += before.refreshToken().sameAs(after.refreshToken()) ? 0 : 1;
        changed += before.region() == after.region() ? 0 : 1;
        changed += before.environment() == after.environment() ? 0 : 1;
        changed += before.iam().equals(after.iam()) ? 0 : 1;
        return changed;
    }
}
