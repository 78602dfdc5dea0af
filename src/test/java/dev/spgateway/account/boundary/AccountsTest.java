package dev.spgateway.account.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spgateway.account.control.AccountSummary;
import dev.spgateway.account.control.ApiKeyDisabled;
import dev.spgateway.account.control.ApiKeyHasher;
import dev.spgateway.account.control.KeySummary;
import dev.spgateway.account.control.NewKey;
import dev.spgateway.account.entity.ApiKey;
import dev.spgateway.persistence.JpaHarness;
import dev.spgateway.persistence.TestDatabase;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.NotificationOptions;
import jakarta.enterprise.util.TypeLiteral;
import jakarta.persistence.EntityManager;
import java.lang.annotation.Annotation;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The lifecycle of API accounts and their keys, against the application's schema on H2. */
class AccountsTest {

    private static final Instant CREATED = Instant.parse("2026-02-03T04:05:06Z");

    private final List<ApiKeyDisabled> disabled = new ArrayList<>();
    private TestDatabase database;
    private JpaHarness jpa;

    @BeforeEach
    void open() {
        database = TestDatabase.h2();
        jpa = new JpaHarness(database);
    }

    @AfterEach
    void close() {
        jpa.close();
        database.close();
    }

    @Test
    void aNewAccountComesWithOneKeyShownInFullOnceAndStoredAsItsHash() {
        NewKey created = jpa.inTransaction(em -> accounts(em, CREATED).create("Partner Inc"));

        List<AccountSummary> all = jpa.inTransaction(em -> accounts(em, CREATED).all());
        assertEquals(1, all.size());
        AccountSummary account = all.get(0);
        assertEquals(created.accountId(), account.id());
        assertEquals("Partner Inc", account.name());
        assertEquals(CREATED, account.createdAt());
        assertEquals(List.of(new KeySummary(created.keyId(), tail(created.apiKey()), CREATED, null)), account.keys());
        ApiKey stored = jpa.inTransaction(em -> em.find(ApiKey.class, created.keyId()));
        assertEquals(ApiKeyHasher.hash(created.apiKey()), stored.keyHash());
        assertEquals(Map.of(created.accountId(), "Partner Inc"), jpa.inTransaction(em -> accounts(em, CREATED)
                .namesById()));
    }

    @Test
    void anotherKeyJoinsTheAccountAndDisablingOneKeepsTheOther() {
        NewKey first = jpa.inTransaction(em -> accounts(em, CREATED).create("acme"));
        Instant later = CREATED.plus(Duration.ofHours(1));
        NewKey second = jpa.inTransaction(em -> accounts(em, later).newKey(first.accountId())).orElseThrow();
        Instant disabledAt = later.plus(Duration.ofMinutes(5));

        KeySummary answer = jpa.inTransaction(em -> accounts(em, disabledAt).disableKey(first.keyId()))
                .orElseThrow();

        assertEquals(first.accountId(), second.accountId());
        assertNotEquals(first.apiKey(), second.apiKey());
        assertEquals(disabledAt, answer.disabledAt());
        assertEquals(List.of(new ApiKeyDisabled(first.keyId())), disabled);
        List<KeySummary> keys = jpa.inTransaction(em -> accounts(em, disabledAt).all()).get(0).keys();
        assertEquals(List.of(first.keyId(), second.keyId()), keys.stream().map(KeySummary::id).toList());
        assertEquals(disabledAt, keys.get(0).disabledAt());
        assertNull(keys.get(1).disabledAt());
    }

    @Test
    void unknownAccountsAndKeysAreEmptyAnswers() {
        assertTrue(jpa.inTransaction(em -> accounts(em, CREATED).newKey("no-such-account")).isEmpty());
        assertTrue(jpa.inTransaction(em -> accounts(em, CREATED).disableKey("no-such-key")).isEmpty());
        assertEquals(List.of(), disabled);
        assertEquals(List.of(), jpa.inTransaction(em -> accounts(em, CREATED).all()));
    }

    private static String tail(String key) {
        return key.substring(key.length() - 4);
    }

    private Accounts accounts(EntityManager em, Instant now) {
        Accounts accounts = new Accounts();
        accounts.em = em;
        accounts.clock = Clock.fixed(now, ZoneOffset.UTC);
        accounts.keyDisabled = new Recorder();
        return accounts;
    }

    /** Keeps the events fired instead of delivering them. */
    private final class Recorder implements Event<ApiKeyDisabled> {

        @Override
        public void fire(ApiKeyDisabled event) {
            disabled.add(event);
        }

        @Override
        public <U extends ApiKeyDisabled> CompletionStage<U> fireAsync(U event) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends ApiKeyDisabled> CompletionStage<U> fireAsync(U event, NotificationOptions options) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Event<ApiKeyDisabled> select(Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends ApiKeyDisabled> Event<U> select(Class<U> subtype, Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends ApiKeyDisabled> Event<U> select(TypeLiteral<U> subtype, Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }
    }
}
