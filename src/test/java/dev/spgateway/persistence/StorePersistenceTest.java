package dev.spgateway.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spgateway.account.entity.ApiAccount;
import dev.spgateway.amazon.control.SpApiCredentials;
import dev.spgateway.secrets.control.SecretKeyring;
import dev.spgateway.store.control.CredentialRules;
import dev.spgateway.store.entity.StoreConnection;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Stores round-trip through JPA with their secrets sealed by AES-256-GCM in the database, on H2 and PostgreSQL. */
class StorePersistenceTest {

    private static final Instant NOW = Instant.parse("2026-03-04T05:06:07.891011Z");
    private static final String CLIENT_SECRET = "amzn1.oa2-cs.v1.persistence-client-secret";
    private static final String REFRESH_TOKEN = "Atzr|persistence-refresh-token";
    private static final String AWS_SECRET = "persistence/aws/secret/access/key0000000";

    @BeforeAll
    static void installKeyring() {
        SecretKeyring.install(new SecretKeyring(SecretKeyring.newKey(), List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"h2", "postgresql"})
    void credentialsRoundTripAndAreEncryptedAtRest(String kind) throws Exception {
        try (TestDatabase database = TestDatabase.create(kind); JpaHarness jpa = new JpaHarness(database)) {
            SpApiCredentials credentials = CredentialRules.parse(parameters());
            String storeKey = jpa.inTransaction(em -> {
                ApiAccount account = new ApiAccount("acme", NOW);
                em.persist(account);
                StoreConnection store = new StoreConnection(account.id(), "k".repeat(48), credentials,
                        List.of("ATVPDKIKX0DER", "A2EUQ1WTGCTBG2"), "My shop", NOW, NOW.plus(java.time.Duration.ofDays(180)));
                em.persist(store);
                return store.storeKey();
            });

            StoreConnection loaded = jpa.inTransaction(em -> em.createNamedQuery(StoreConnection.FIND_BY_STORE_KEY,
                    StoreConnection.class).setParameter("storeKey", storeKey).getSingleResult());

            SpApiCredentials back = loaded.credentials();
            assertEquals(CLIENT_SECRET, back.clientSecret().reveal());
            assertEquals(REFRESH_TOKEN, back.refreshToken().reveal());
            assertEquals(AWS_SECRET, back.iam().orElseThrow().secretAccessKey().reveal());
            assertEquals(List.of("ATVPDKIKX0DER", "A2EUQ1WTGCTBG2"), loaded.marketplaceIds());
            assertEquals(NOW, loaded.clientSecretSetAt());

            String dump = rawRows(database);
            assertFalse(dump.contains(CLIENT_SECRET));
            assertFalse(dump.contains(REFRESH_TOKEN));
            assertFalse(dump.contains(AWS_SECRET));
            assertTrue(dump.contains("gcm1:"), "secret columns hold ciphertexts");
        }
    }

    private static Map<String, String> parameters() {
        Map<String, String> values = new HashMap<>();
        values.put("amazon_seller_id", "A2EXAMPLE1SELLER");
        values.put("amazon_sp_client_id", "amzn1.application-oa2-client.0123456789abcdef0123456789abcdef");
        values.put("amazon_sp_client_secret", CLIENT_SECRET);
        values.put("amazon_sp_refresh_token", REFRESH_TOKEN);
        values.put("amazon_sp_aws_region", "us-east-1");
        values.put("amazon_sp_aws_user_key_id", "AKIAABCDEFGHIJKLMNOP");
        values.put("amazon_sp_aws_user_secret", AWS_SECRET);
        values.put("amazon_sp_aws_role_arn", "arn:aws:iam::123456789012:role/SellingPartnerRole");
        return values;
    }

    private static String rawRows(TestDatabase database) throws Exception {
        StringBuilder dump = new StringBuilder();
        try (Connection connection = database.dataSource().getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT * FROM store_connection")) {
            int columns = rows.getMetaData().getColumnCount();
            while (rows.next()) {
                for (int i = 1; i <= columns; i++) {
                    dump.append(rows.getString(i)).append('\t');
                }
            }
        }
        return dump.toString();
    }
}
