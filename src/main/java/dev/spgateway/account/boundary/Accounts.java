package dev.spgateway.account.boundary;

import dev.spgateway.account.control.AccountSummary;
import dev.spgateway.account.control.ApiKeyDisabled;
import dev.spgateway.account.control.ApiKeyHasher;
import dev.spgateway.account.control.KeySummary;
import dev.spgateway.account.control.NewKey;
import dev.spgateway.account.entity.ApiAccount;
import dev.spgateway.account.entity.ApiKey;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** API accounts and their keys: a new key is answered once, and only its hash is kept. */
@Stateless
public class Accounts {

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<ApiKeyDisabled> keyDisabled;

    Clock clock = Clock.systemUTC();

    /** Makes sure an account answers to this key; true when it had to be created. */
    public boolean ensureAccountWithKey(String accountName, String apiKey) {
        String hash = ApiKeyHasher.hash(apiKey);
        if (findByHash(hash).isPresent()) {
            return false;
        }
        Instant now = clock.instant();
        ApiAccount account = new ApiAccount(accountName, now);
        em.persist(account);
        em.persist(new ApiKey(account, hash, apiKey, now));
        return true;
    }

    /** Every account, oldest first, each with its keys, oldest first. */
    public List<AccountSummary> all() {
        Map<String, List<KeySummary>> keys = em.createNamedQuery(ApiKey.FIND_ALL, ApiKey.class).getResultStream()
                .collect(Collectors.groupingBy(key -> key.account().id(),
                        Collectors.mapping(KeySummary::of, Collectors.toList())));
        return accounts().stream().map(account -> new AccountSummary(account.id(), account.name(),
                account.createdAt(), keys.getOrDefault(account.id(), List.of()))).toList();
    }

    /** Each account's name by account id. */
    public Map<String, String> namesById() {
        return accounts().stream().collect(Collectors.toMap(ApiAccount::id, ApiAccount::name,
                (first, second) -> first, LinkedHashMap::new));
    }

    /** A new account with its first key. */
    public NewKey create(String name) {
        ApiAccount account = new ApiAccount(name, clock.instant());
        em.persist(account);
        return addKey(account);
    }

    /** Another key for an account, to replace an older one without a gap; empty when there is no such account. */
    public Optional<NewKey> newKey(String accountId) {
        return Optional.ofNullable(em.find(ApiAccount.class, accountId)).map(this::addKey);
    }

    /** Disables a key for good; empty when there is no such key. */
    public Optional<KeySummary> disableKey(String keyId) {
        return Optional.ofNullable(em.find(ApiKey.class, keyId)).map(key -> {
            key.disable(clock.instant());
            keyDisabled.fire(new ApiKeyDisabled(key.id()));
            return KeySummary.of(key);
        });
    }

    private NewKey addKey(ApiAccount account) {
        String plain = ApiKeyHasher.newKey();
        ApiKey key = new ApiKey(account, ApiKeyHasher.hash(plain), plain, clock.instant());
        em.persist(key);
        return new NewKey(account.id(), account.name(), key.id(), plain);
    }

    private List<ApiAccount> accounts() {
        return em.createNamedQuery(ApiAccount.FIND_ALL, ApiAccount.class).getResultList();
    }

    private Optional<ApiKey> findByHash(String hash) {
        List<ApiKey> keys = em.createNamedQuery(ApiKey.FIND_BY_HASH, ApiKey.class)
                .setParameter("hash", hash)
                .getResultList();
        return keys.stream().findFirst();
    }
}
