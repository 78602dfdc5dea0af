package dev.spgateway.account.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.spgateway.account.entity.ApiAccount;
import dev.spgateway.account.entity.ApiKey;
import dev.spgateway.api.control.ApiException;
import dev.spgateway.api.control.ReturnCode;
import dev.spgateway.platform.control.ClusterChange;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ApiKeyAuthenticatorTest {

    private static final Instant NOW = Instant.parse("2026-11-27T00:00:00Z");
    private static final String KEY = "0123456789abcdef0123456789abcdef0123456789abcdef";

    private final Map<String, ApiKey> keys = new HashMap<>();
    private final AtomicInteger lookups = new AtomicInteger();
    private final AtomicLong nanos = new AtomicLong();
    private final ApiKeyAuthenticator authenticator = new ApiKeyAuthenticator(hash -> {
        lookups.incrementAndGet();
        return Optional.ofNullable(keys.get(hash));
    }, Duration.ofSeconds(10), nanos::get);

    @Test
    void aKeyThatPassedIsAnsweredFromMemoryUntilItsTimeIsUp() {
        ApiAccount account = account(KEY);

        assertEquals(account.id(), authenticator.authenticate(KEY).accountId());
        assertEquals(account.id(), authenticator.authenticate(KEY).accountId());
        assertEquals(1, lookups.get());

        nanos.addAndGet(Duration.ofSeconds(11).toNanos());
        authenticator.authenticate(KEY);
        assertEquals(2, lookups.get());
    }

    @Test
    void unknownKeysAreLookedUpEveryTimeSoANewKeyWorksAtOnce() {
        assertEquals(ReturnCode.INCORRECT_API_KEY, refusal(KEY));
        assertEquals(ReturnCode.INCORRECT_API_KEY, refusal(KEY));
        assertEquals(2, lookups.get());

        ApiAccount account = account(KEY);
        assertEquals(account.id(), authenticator.authenticate(KEY).accountId());
    }

    @Test
    void aDisabledKeyIsRefusedOnceTheDisablingIsAnnounced() {
        account(KEY);
        authenticator.authenticate(KEY);
        keys.get(ApiKeyHasher.hash(KEY)).disable(NOW);

        authenticator.forgetAll(new ApiKeyDisabled("any"));

        assertEquals(ReturnCode.API_KEY_DISABLED, refusal(KEY));
        assertEquals(ReturnCode.API_KEY_DISABLED, refusal(KEY));
    }

    @Test
    void anotherInstancesChangeOfAnotherTopicLeavesTheKeysRemembered() {
        ApiAccount account = account(KEY);
        authenticator.authenticate(KEY);
        keys.get(ApiKeyHasher.hash(KEY)).disable(NOW);

        authenticator.forgetAll(new ClusterChange("store-changed", "unrelated"));

        assertEquals(account.id(), authenticator.authenticate(KEY).accountId());
    }

    @Test
    void aKeyDisabledOnAnotherInstanceIsRefusedOnceItsChangeArrives() {
        account(KEY);
        authenticator.authenticate(KEY);
        keys.get(ApiKeyHasher.hash(KEY)).disable(NOW);

        authenticator.forgetAll(new ClusterChange(ApiKeyAuthenticator.TOPIC, "key-id"));

        assertEquals(ReturnCode.API_KEY_DISABLED, refusal(KEY));
    }

    @Test
    void withoutATimeToLiveEveryCallIsLookedUp() {
        ApiKeyAuthenticator uncached = new ApiKeyAuthenticator(hash -> {
            lookups.incrementAndGet();
            return Optional.ofNullable(keys.get(hash));
        }, Duration.ZERO, nanos::get);
        account(KEY);

        uncached.authenticate(KEY);
        uncached.authenticate(KEY);

        assertEquals(2, lookups.get());
    }

    private ApiAccount account(String plainKey) {
        ApiAccount account = new ApiAccount("acme", NOW);
        keys.put(ApiKeyHasher.hash(plainKey), new ApiKey(account, ApiKeyHasher.hash(plainKey), plainKey, NOW));
        return account;
    }

    private ReturnCode refusal(String key) {
        return assertThrows(ApiException.class, () -> authenticator.authenticate(key)).returnCode();
    }
}
