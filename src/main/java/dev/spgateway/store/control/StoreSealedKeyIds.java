package dev.spgateway.store.control;

import dev.spgateway.secrets.control.SealedKeyIds;
import dev.spgateway.secrets.control.SecretKeyring;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds a store credential sealed with a key outside a set. The key id is the ciphertext's prefix
 * ({@code gcm2:<key id>:}), so the query stops at the first row that matches none of the known prefixes
 * instead of reading every row's key id; the client secret and refresh token are sealed in the same write.
 */
@ApplicationScoped
public class StoreSealedKeyIds implements SealedKeyIds {

    @PersistenceContext
    EntityManager em;

    @Override
    public Optional<String> keyIdOutside(Set<String> known) {
        List<String> prefixes = new ArrayList<>();
        known.forEach(id -> {
            prefixes.add("gcm2:" + id + ":%");
            prefixes.add("gcm1:" + id + ":%");
        });
        Query query = em.createNativeQuery(sql("client_secret", prefixes.size()) + " UNION ALL "
                + sql("refresh_token", prefixes.size()));
        for (int i = 0; i < prefixes.size(); i++) {
            query.setParameter(i + 1, prefixes.get(i));
        }
        query.setMaxResults(1);
        return query.getResultList().stream().findFirst()
                .flatMap(value -> SecretKeyring.keyIdOf(String.valueOf(value)));
    }

    private static String sql(String column, int prefixes) {
        StringBuilder where = new StringBuilder();
        for (int i = 1; i <= prefixes; i++) {
            where.append(where.isEmpty() ? "" : " AND ").append(column).append(" NOT LIKE ?").append(i);
        }
        return "SELECT " + column + " FROM store_connection" + (where.isEmpty() ? "" : " WHERE " + where);
    }
}
