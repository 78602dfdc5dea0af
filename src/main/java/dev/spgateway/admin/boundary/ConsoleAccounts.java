package dev.spgateway.admin.boundary;

import dev.spgateway.account.control.ApiKeyDisabled;
import dev.spgateway.account.control.ApiKeyHasher;
import dev.spgateway.account.entity.ApiAccount;
import dev.spgateway.account.entity.ApiKey;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** API accounts and their keys for operators: a new key is answered once and only its hash is kept. */
@Stateless
public class ConsoleAccounts {

    private static final String ACCOUNTS = "SELECT a FROM ApiAccount a ORDER BY a.createdAt";
    private static final String KEYS = "SELECT k FROM ApiKey k JOIN FETCH k.account ORDER BY k.createdAt";
    private static final String STORES_PER_ACCOUNT =
            "SELECT s.accountId, COUNT(s) FROM StoreConnection s GROUP BY s.accountId";

    @Inject
    Event<ApiKeyDisabled> keyDisabled;

    @PersistenceContext
    EntityManager em;

    Clock clock = Clock.systemUTC();

    public List<AccountRow> all() {
        Map<String, List<KeyRow>> keys = em.createQuery(KEYS, ApiKey.class).getResultStream()
                .collect(Collectors.groupingBy(key -> key.account().id(),
                        Collectors.mapping(ConsoleAccounts::keyRow, Collectors.toList())));
        Map<String, Long> stores = em.createQuery(STORES_PER_ACCOUNT, Object[].class).getResultStream()
                .collect(Collectors.toMap(row -> (String) row[0], row -> ((Number) row[1]).longValue()));
        return em.createQuery(ACCOUNTS, ApiAccount.class).getResultStream()
                .map(account -> new AccountRow(account.id(), account.name(), account.createdAt(),
                        stores.getOrDefault(account.id(), 0L), keys.getOrDefault(account.id(), List.of())))
                .toList();
    }

    public NewKey create(String name) {
        ApiAccount account = new ApiAccount(name, clock.instant());
        em.persist(account);
        return addKey(account);
    }

    public Optional<NewKey> newKey(String accountId) {
        return Optional.ofNullable(em.find(ApiAccount.class, accountId)).map(this::addKey);
    }

    public Optional<KeyRow> disableKey(String keyId) {
        return Optional.ofNullable(em.find(ApiKey.class, keyId)).map(key -> {
            key.disable(clock.instant());
            keyDisabled.fire(new ApiKeyDisabled(key.id()));
            return keyRow(key);
        });
    }

    private NewKey addKey(ApiAccount account) {
        String plain = ApiKeyHasher.newKey();
        ApiKey key = new ApiKey(account, ApiKeyHasher.hash(plain), plain, clock.instant());
        em.persist(key);
        return new NewKey(account.id(), account.name(), key.id(), plain);
    }

    private static KeyRow keyRow(ApiKey key) {
        return new KeyRow(key.id(), key.keyHint(), key.createdAt(), key.disabledAt());
    }

    /** An account with its store count and its keys (hints only). */
    public record AccountRow(String id, String name, Instant createdAt, long stores, List<KeyRow> keys) {
    }

    /** A key as a person may see it: the last characters and whether it works. */
    public record KeyRow(String id, String hint, Instant createdAt, Instant disabledAt) {
    }

    /** The one answer that carries a key in full. */
    public record NewKey(String accountId, String accountName, String keyId, String apiKey) {
    }
}
