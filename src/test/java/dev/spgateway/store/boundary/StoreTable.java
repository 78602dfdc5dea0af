package dev.spgateway.store.boundary;

import dev.spgateway.store.entity.StoreConnection;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;

/**
 * The store rows {@link Stores} reads, behind an entity manager that knows only its named queries and
 * {@code find}; anything else it is asked fails the test.
 */
final class StoreTable {

    private static final Map<String, BiPredicate<StoreConnection, Map<String, Object>>> QUERIES = Map.of(
            StoreConnection.FIND_BY_STORE_KEY, (store, p) -> store.storeKey().equals(p.get("storeKey")),
            StoreConnection.FIND_BY_ACCOUNT, (store, p) -> store.accountId().equals(p.get("accountId")),
            StoreConnection.FIND_BY_ACCOUNT_AND_SELLER, (store, p) -> store.accountId().equals(p.get("accountId"))
                    && store.sellerId().equals(p.get("sellerId"))
                    && store.region().awsRegion().equals(p.get("awsRegion")),
            StoreConnection.FIND_BY_CLIENT, (store, p) -> store.clientId().equals(p.get("clientId")));

    final List<StoreConnection> rows = new ArrayList<>();

    EntityManager entityManager() {
        return (EntityManager) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {EntityManager.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "createNamedQuery" -> query((String) args[0]);
                    case "find" -> rows.stream().filter(store -> store.id().equals(args[1])).findFirst().orElse(null);
                    default -> throw new UnsupportedOperationException("EntityManager." + method.getName());
                });
    }

    private TypedQuery<?> query(String name) {
        BiPredicate<StoreConnection, Map<String, Object>> where = QUERIES.get(name);
        if (where == null) {
            throw new UnsupportedOperationException("query " + name);
        }
        Map<String, Object> parameters = new HashMap<>();
        return (TypedQuery<?>) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {TypedQuery.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "setParameter" -> {
                        parameters.put((String) args[0], args[1]);
                        yield proxy;
                    }
                    case "getResultStream" -> List.copyOf(rows).stream().filter(row -> where.test(row, parameters));
                    case "getResultList" -> List.copyOf(rows).stream().filter(row -> where.test(row, parameters))
                            .toList();
                    default -> throw new UnsupportedOperationException("TypedQuery." + method.getName());
                });
    }
}
