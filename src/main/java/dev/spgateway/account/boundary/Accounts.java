package dev.spgateway.account.boundary;

import dev.spgateway.account.control.ApiKeyHasher;
import dev.spgateway.account.entity.ApiAccount;
import dev.spgateway.account.entity.ApiKey;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** API accounts and their keys. */
@Stateless
public class Accounts {

    @PersistenceContext
    EntityManager em;

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

    private Optional<ApiKey> findByHash(String hash) {
        List<ApiKey> keys = em.createNamedQuery(ApiKey.FIND_BY_HASH, ApiKey.class)
                .setParameter("hash", hash)
                .getResultList();
        return keys.stream().findFirst();
    }
}
