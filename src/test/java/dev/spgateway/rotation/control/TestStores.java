package dev.spgateway.rotation.control;

import dev.spgateway.account.entity.ApiAccount;
import dev.spgateway.amazon.control.SpApiCredentials;
import dev.spgateway.persistence.JpaHarness;
import dev.spgateway.store.control.CredentialRules;
import dev.spgateway.store.entity.StoreConnection;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Stores of an account of their own, for the rotation and outbox tests. */
final class TestStores {

    static final String CLIENT_ID = "amzn1.application-oa2-client.0123456789abcdef0123456789abcdef";

    private TestStores() {
    }

    /** A store connected the day before {@code now} whose client secret expires at {@code expiresAt}; its id. */
    static String newStore(JpaHarness jpa, String clientSecret, Instant now, Instant expiresAt) {
        SpApiCredentials credentials = CredentialRules.parse(parameters(clientSecret));
        return jpa.inTransaction(em -> {
            ApiAccount account = new ApiAccount("acme", now);
            em.persist(account);
            StoreConnection store = new StoreConnection(account.id(), "k".repeat(40) + account.id().substring(0, 8),
                    credentials, List.of("ATVPDKIKX0DER"), null, now.minus(Duration.ofDays(1)), expiresAt);
            em.persist(store);
            return store.id();
        });
    }

    static Map<String, String> parameters(String clientSecret) {
        Map<String, String> values = new HashMap<>();
        values.put("amazon_seller_id", "A2EXAMPLE1SELLER");
        values.put("amazon_sp_client_id", CLIENT_ID);
        values.put("amazon_sp_client_secret", clientSecret);
        values.put("amazon_sp_refresh_token", "Atzr|refresh-token");
        values.put("amazon_sp_aws_region", "us-east-1");
        return values;
    }
}
