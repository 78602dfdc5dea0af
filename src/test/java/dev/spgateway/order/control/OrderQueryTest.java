package dev.spgateway.order.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spgateway.account.entity.ApiAccount;
import dev.spgateway.amazon.control.SpApiCredentials;
import dev.spgateway.order.entity.StoreOrder;
import dev.spgateway.persistence.JpaHarness;
import dev.spgateway.persistence.TestDatabase;
import dev.spgateway.secrets.control.SecretKeyring;
import dev.spgateway.store.control.CredentialRules;
import dev.spgateway.store.entity.StoreConnection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Keyset pages over stored orders, on both databases: a walk by cursor while orders arrive and change. */
class OrderQueryTest {

    private static final Instant T0 = Instant.parse("2026-03-01T00:00:00Z");

    @BeforeAll
    static void installKeyring() {
        SecretKeyring.install(new SecretKeyring(SecretKeyring.newKey(), List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"h2", "postgresql"})
    void aCursorWalkReturnsEveryOrderOnceWhileOrdersArriveAndChange(String kind) {
        try (TestDatabase database = TestDatabase.create(kind); JpaHarness jpa = new JpaHarness(database)) {
            String store = newStore(jpa);
            // pairs share a creation time: the order id breaks the tie
            for (int i = 0; i < 40; i++) {
                save(jpa, order(store, i, T0.plusSeconds(i / 2 * 60), "Unshipped"));
            }
            OrderFilter byCreation = filter("create_at", false);
            Set<String> seen = new HashSet<>();
            List<String> walk = new ArrayList<>();
            OrderPage page = OrderPage.offset(0, 7);
            for (int round = 0; ; round++) {
                OrderSlice slice = page(jpa, store, byCreation, page);
                slice.rows().forEach(row -> walk.add(row.orderId()));
                if (round == 2) {
                    // a new order at the end of the list, and an order already walked past shipped
                    save(jpa, order(store, 100, T0.plus(Duration.ofDays(1)), "Unshipped"));
                    save(jpa, order(store, 1, T0, "Shipped"));
                }
                if (!slice.moreAfter()) {
                    break;
                }
                page = OrderPage.after(OrderQuery.anchorOf(slice.rows().get(slice.rows().size() - 1), "create_at"), 7);
            }
            walk.forEach(id -> assertTrue(seen.add(id), "twice: " + id));
            assertEquals(41, seen.size());
            assertTrue(seen.contains(id(100)));
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"h2", "postgresql"})
    void previousPagesMirrorNextPagesInEveryDirection(String kind) {
        try (TestDatabase database = TestDatabase.create(kind); JpaHarness jpa = new JpaHarness(database)) {
            String store = newStore(jpa);
            for (int i = 0; i < 10; i++) {
                save(jpa, order(store, i, T0.plusSeconds(i % 3 * 60), "Unshipped"));
            }
            for (String sort : List.of("create_at", "modified_at", "order_id")) {
                for (boolean descending : List.of(false, true)) {
                    OrderFilter filter = filter(sort, descending);
                    List<String> all = ids(page(jpa, store, filter, OrderPage.offset(0, 250)).rows());
                    OrderSlice second = page(jpa, store, filter, OrderPage.offset(4, 4));
                    assertEquals(all.subList(4, 8), ids(second.rows()), sort);
                    OrderSlice first = page(jpa, store, filter, OrderPage.before(Optional.of(
                            OrderQuery.anchorOf(second.rows().get(0), sort)), 4));
                    assertEquals(all.subList(0, 4), ids(first.rows()), sort);
                    assertFalse(first.moreBefore());
                    assertTrue(first.moreAfter());
                    OrderSlice third = page(jpa, store, filter, OrderPage.after(
                            OrderQuery.anchorOf(second.rows().get(3), sort), 4));
                    assertEquals(all.subList(8, 10), ids(third.rows()), sort);
                    assertFalse(third.moreAfter());
                    OrderSlice last = page(jpa, store, filter, OrderPage.before(Optional.empty(), 4));
                    assertEquals(all.subList(6, 10), ids(last.rows()), sort);
                    assertTrue(last.moreBefore());
                }
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"h2", "postgresql"})
    void theBuyerEmailIsMatchedByItsHash(String kind) {
        try (TestDatabase database = TestDatabase.create(kind); JpaHarness jpa = new JpaHarness(database)) {
            String store = newStore(jpa);
            BuyerEmails emails = new BuyerEmails(List.of(new byte[32], new byte[] {1, 2, 3}));
            save(jpa, order(store, 1, T0, "Shipped").withBuyerEmailHash(emails.hash(store, "Buyer@Example.com")));
            save(jpa, order(store, 2, T0, "Shipped").withBuyerEmailHash(emails.hash(store, "other@example.com")));
            save(jpa, order(store, 3, T0, "Shipped"));
            OrderFilter filter = filter("create_at", false).withEmailHashes(emails.hashes(store, " buyer@example.COM "));
            assertEquals(List.of(id(1)), ids(page(jpa, store, filter, OrderPage.offset(0, 10)).rows()));
            assertEquals(List.of(), ids(page(jpa, store, filter("create_at", false).withEmailHashes(List.of()),
                    OrderPage.offset(0, 10)).rows()));
        }
    }

    private static OrderSlice page(JpaHarness jpa, String store, OrderFilter filter, OrderPage page) {
        return jpa.inTransaction(em -> new OrderQuery(em, store, filter).page(page));
    }

    private static void save(JpaHarness jpa, StoreOrder order) {
        jpa.run(em -> {
            StoreOrder stored = em.find(StoreOrder.class, new StoreOrder.Key(order.storeId(), order.orderId()));
            if (stored == null) {
                em.persist(order);
            } else {
                stored.update(order, (kept, reported) -> reported);
            }
        });
    }

    private static StoreOrder order(String store, int n, Instant created, String status) {
        Instant modified = status.equals("Shipped") ? created.plus(Duration.ofDays(2)) : created;
        return new StoreOrder(store, id(n), "ATVPDKIKX0DER", status, "MFN", created, modified, "{}");
    }

    private static String id(int n) {
        return String.format("111-%07d-0000000", (n * 7919) % 10_000_000);
    }

    private static List<String> ids(List<StoreOrder> rows) {
        return rows.stream().map(StoreOrder::orderId).toList();
    }

    private static OrderFilter filter(String sortBy, boolean descending) {
        return new OrderFilter(List.of(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                List.of(), Optional.empty(), Optional.empty(), sortBy, descending);
    }

    private static String newStore(JpaHarness jpa) {
        SpApiCredentials credentials = CredentialRules.parse(Map.of("amazon_seller_id", "A2EXAMPLE1SELLER",
                "amazon_sp_client_id", "amzn1.application-oa2-client.0123456789abcdef0123456789abcdef",
                "amazon_sp_client_secret", "amzn1.oa2-cs.v1.secret", "amazon_sp_refresh_token", "Atzr|refresh-token",
                "amazon_sp_aws_region", "us-east-1"));
        return jpa.inTransaction(em -> {
            ApiAccount account = new ApiAccount("acme", T0);
            em.persist(account);
            StoreConnection store = new StoreConnection(account.id(), "k".repeat(40) + account.id().substring(0, 8),
                    credentials, List.of("ATVPDKIKX0DER"), null, T0, T0.plus(Duration.ofDays(180)));
            em.persist(store);
            return store.id();
        });
    }
}
