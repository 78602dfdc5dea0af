package dev.spgateway.store.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spgateway.account.entity.ApiAccount;
import dev.spgateway.amazon.control.SpApiCredentials;
import dev.spgateway.persistence.JpaHarness;
import dev.spgateway.persistence.TestDatabase;
import dev.spgateway.secrets.control.SecretKeyring;
import dev.spgateway.secrets.control.UnboundSeal;
import dev.spgateway.secrets.entity.Secret;
import dev.spgateway.store.control.CredentialRules;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Stores round-trip through JPA with their secrets sealed by AES-256-GCM in the database, each bound to its own
 * row and column, and stores written before that binding are converted by the upgrade; on H2 and PostgreSQL.
 */
class StorePersistenceTest {

    private static final Instant NOW = Instant.parse("2026-03-04T05:06:07.891011Z");
    private static final String CLIENT_SECRET = "amzn1.oa2-cs.v1.persistence-client-secret";
    private static final String REFRESH_TOKEN = "Atzr|persistence-refresh-token";
    private static final String AWS_SECRET = "persistence/aws/secret/access/key0000000";

    private static final byte[] KEY = SecretKeyring.newKey();

    @BeforeAll
    static void installKeyring() {
        SecretKeyring.install(new SecretKeyring(KEY, List.of()));
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
            assertEquals(List.of("ATVPDKIKX0DER", "A2EUQ1WTGCTBG2"), loaded.verification().marketplaceIds());
            assertEquals(NOW, loaded.secretLifetime().setAt());

            String dump = rawRows(database);
            assertFalse(dump.contains(CLIENT_SECRET));
            assertFalse(dump.contains(REFRESH_TOKEN));
            assertFalse(dump.contains(AWS_SECRET));
            assertTrue(dump.contains("gcm2:"), "secret columns hold ciphertexts");
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"h2", "postgresql"})
    void aSecretCopiedIntoAnotherRowOrColumnDoesNotOpen(String kind) throws Exception {
        try (TestDatabase database = TestDatabase.create(kind); JpaHarness jpa = new JpaHarness(database)) {
            String victim = newStore(jpa, "k".repeat(48), parameters());
            Map<String, String> attacker = parameters();
            attacker.put("amazon_sp_client_secret", "amzn1.oa2-cs.v1.attackers-own-secret");
            attacker.put("amazon_sp_refresh_token", "Atzr|attackers-own-refresh-token");
            String intruder = newStore(jpa, "x".repeat(48), attacker);

            copy(database, "refresh_token", victim, "refresh_token", intruder);
            IllegalStateException otherRow = assertThrows(IllegalStateException.class, () -> jpa.inTransaction(em ->
                    em.find(StoreConnection.class, intruder).credentials()));
            assertTrue(otherRow.getMessage().contains("store_connection.refresh_token of row " + intruder),
                    otherRow.getMessage());
            assertFalse(otherRow.getMessage().contains(REFRESH_TOKEN));

            copy(database, "refresh_token", victim, "client_secret", victim);
            assertThrows(IllegalStateException.class, () -> jpa.inTransaction(em ->
                    em.find(StoreConnection.class, victim).credentials()));
            assertThrows(IllegalStateException.class, () -> jpa.inTransaction(em ->
                    em.find(StoreConnection.class, victim).hasSecret(Secret.of(CLIENT_SECRET))));
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"h2", "postgresql"})
    void secretsStoredBeforeTheUpgradeAreBoundToTheirRowsByMigrationV8(String kind) throws Exception {
        try (TestDatabase database = TestDatabase.create(kind)) {
            JpaHarness.migrate(database, "5");
            String storeId = insertUnboundStore(database);
            String leftover = UnboundSeal.of(KEY, "amzn1.oa2-cs.v1.unbound-after-the-upgrade");

            try (JpaHarness jpa = new JpaHarness(database)) {
                SpApiCredentials opened = jpa.inTransaction(em -> em.find(StoreConnection.class, storeId).credentials());
                assertEquals(CLIENT_SECRET, opened.clientSecret().reveal());
                assertEquals(REFRESH_TOKEN, opened.refreshToken().reveal());
                assertEquals(AWS_SECRET, opened.iam().orElseThrow().secretAccessKey().reveal());
                String dump = rawRows(database);
                assertFalse(dump.contains("gcm1:"), "no value is left in the old format");
                assertTrue(dump.contains("gcm2:"));

                write(database, "client_secret", leftover, storeId);
                IllegalStateException refused = assertThrows(IllegalStateException.class, () -> jpa.inTransaction(em ->
                        em.find(StoreConnection.class, storeId).credentials()));
                assertTrue(refused.getMessage().contains("V8"), refused.getMessage());
            }
        }
    }

    private static String newStore(JpaHarness jpa, String storeKey, Map<String, String> parameters) {
        SpApiCredentials credentials = CredentialRules.parse(parameters);
        return jpa.inTransaction(em -> {
            ApiAccount account = new ApiAccount("acme", NOW);
            em.persist(account);
            StoreConnection store = new StoreConnection(account.id(), storeKey, credentials, List.of("ATVPDKIKX0DER"),
                    null, NOW, NOW.plus(java.time.Duration.ofDays(180)));
            em.persist(store);
            return store.id();
        });
    }

    /** What someone with write access to the database but without the key could do. */
    private static void copy(TestDatabase database, String fromColumn, String fromRow, String toColumn, String toRow)
            throws Exception {
        String value;
        try (Connection connection = database.dataSource().getConnection();
                PreparedStatement read = connection.prepareStatement(
                        "SELECT " + fromColumn + " FROM store_connection WHERE id = ?")) {
            read.setString(1, fromRow);
            try (ResultSet row = read.executeQuery()) {
                assertTrue(row.next());
                value = row.getString(1);
            }
        }
        write(database, toColumn, value, toRow);
    }

    private static void write(TestDatabase database, String column, String value, String row) throws Exception {
        try (Connection connection = database.dataSource().getConnection();
                PreparedStatement update = connection.prepareStatement(
                        "UPDATE store_connection SET " + column + " = ? WHERE id = ?")) {
            update.setString(1, value);
            update.setString(2, row);
            assertEquals(1, update.executeUpdate());
        }
    }

    /** A store as the gateway wrote it before V8: the schema of V5, secrets sealed without their place. */
    private static String insertUnboundStore(TestDatabase database) throws Exception {
        String accountId = UUID.randomUUID().toString();
        String storeId = UUID.randomUUID().toString();
        OffsetDateTime now = NOW.atOffset(ZoneOffset.UTC);
        try (Connection connection = database.dataSource().getConnection()) {
            try (PreparedStatement account = connection.prepareStatement(
                    "INSERT INTO api_account (id, name, created_at) VALUES (?, ?, ?)")) {
                account.setString(1, accountId);
                account.setString(2, "before the upgrade");
                account.setObject(3, now);
                account.executeUpdate();
            }
            try (PreparedStatement store = connection.prepareStatement("INSERT INTO store_connection (id, version,"
                    + " account_id, store_key, seller_id, client_id, client_secret, refresh_token, aws_region,"
                    + " aws_access_key_id, aws_secret_access_key, aws_role_arn, environment, marketplace_ids,"
                    + " created_at, updated_at, client_secret_set_at, client_secret_expires_at)"
                    + " VALUES (?, 1, ?, ?, 'A2EXAMPLE1SELLER', ?, ?, ?, 'us-east-1', 'AKIAABCDEFGHIJKLMNOP', ?,"
                    + " 'arn:aws:iam::123456789012:role/SellingPartnerRole', 'production', 'ATVPDKIKX0DER',"
                    + " ?, ?, ?, ?)")) {
                store.setString(1, storeId);
                store.setString(2, accountId);
                store.setString(3, "u".repeat(48));
                store.setString(4, "amzn1.application-oa2-client.0123456789abcdef0123456789abcdef");
                store.setString(5, UnboundSeal.of(KEY, CLIENT_SECRET));
                store.setString(6, UnboundSeal.of(KEY, REFRESH_TOKEN));
                store.setString(7, UnboundSeal.of(KEY, AWS_SECRET));
                store.setObject(8, now);
                store.setObject(9, now);
                store.setObject(10, now);
                store.setObject(11, now.plusDays(180));
                store.executeUpdate();
            }
        }
        return storeId;
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
