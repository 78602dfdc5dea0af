package dev.spgateway.sandbox.orders;

import dev.spgateway.sandbox.listings.ListingsCatalog;
import dev.spgateway.sandbox.listings.ListingsColumn;
import dev.spgateway.sandbox.listings.ListingsRow;
import dev.spgateway.sandbox.sellers.Marketplace;
import dev.spgateway.sandbox.sellers.Seller;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Orders API 2026-01-01 order book of each seller: {@link Seller#orderBookSize()} orders over the 90 days
 * before the seller's registration, then new ones at the same pace. Order k depends only on the seller, the
 * book's size, the catalog and k, so tests compute what the sandbox serves with {@link #order(Seller, int)}.
 */
public final class OrderLedger {

    public static final Duration HISTORY = Duration.ofDays(90);
    private static final String[] NAMES = {"Jürgen Müller", "Zoë Saldaña", "François Lefèvre", "Renée O’Connor",
        "Björn Åkesson", "Ana María Peña", "Chloé Dubois", "Øyvind Hågensen"};
    private static final String[] STREETS = {"2201 Westlake Ave", "Königsallee 12", "17 Rue de l’Église",
        "88 Harbor Blvd", "410 Terry Ave N"};
    private static final String[] CITIES = {"Seattle", "Portland", "Austin", "Denver", "Boston"};
    private static final String[] STATES = {"WA", "OR", "TX", "CO", "MA"};

    private final Map<String, Book> books = new ConcurrentHashMap<>();

    /** The seller's orders that exist at {@code now}, oldest first. */
    public List<LedgerOrder> ordersAt(Seller seller, Instant now) {
        Book book = book(seller);
        long placed = Math.min(Integer.MAX_VALUE - 1L, Math.max(-1, Duration.between(start(seller), now).toNanos()
                / spacing(seller).toNanos()));
        List<LedgerOrder> out = new ArrayList<>();
        for (int k = 0; k <= placed; k++) {
            LedgerOrder order = book.get(seller, k);
            if (order.existsAt(now)) {
                out.add(order);
            }
        }
        return out;
    }

    public Optional<LedgerOrder> find(Seller seller, String orderId, Instant now) {
        return ordersAt(seller, now).stream().filter(o -> o.orderId().equals(orderId)).findFirst();
    }

    /** Order k of the seller's book, whether or not it is placed yet. */
    public static LedgerOrder order(Seller seller, int k) {
        SplittableRandom r = new SplittableRandom(seller.sellerId().hashCode() * 1_000_003L + k);
        Marketplace marketplace = seller.marketplaces().get(k % seller.marketplaces().size());
        Duration spacing = spacing(seller);
        Instant created = start(seller).plus(spacing.multipliedBy(k)).plusMillis(r.nextLong(spacing.toMillis() / 2 + 1))
                .truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        String id = String.format(Locale.ROOT, "%03d-%07d-%07d", 111 + r.nextInt(800), r.nextInt(10_000_000),
                k % 10_000_000);
        List<LedgerOrder.Item> items = items(seller, marketplace, r);
        return new LedgerOrder(id, marketplace, created, steps(created, items.size(), r), r.nextInt(4) == 0,
                r.nextBoolean(), items, buyer(r));
    }

    private static List<LedgerOrder.Step> steps(Instant created, int itemCount, SplittableRandom r) {
        List<LedgerOrder.Step> steps = new ArrayList<>();
        steps.add(new LedgerOrder.Step(created, "PENDING"));
        Instant paid = created.plus(Duration.ofMinutes(5 + r.nextInt(55)));
        if (r.nextInt(100) < 7) {
            steps.add(new LedgerOrder.Step(paid, "CANCELLED"));
            return steps;
        }
        steps.add(new LedgerOrder.Step(paid, "UNSHIPPED"));
        Instant shipped = paid.plus(Duration.ofMinutes(120 + r.nextInt(70 * 60)));
        if (itemCount > 1 && r.nextInt(100) < 30) {
            steps.add(new LedgerOrder.Step(shipped, "PARTIALLY_SHIPPED"));
            shipped = shipped.plus(Duration.ofHours(12));
        }
        steps.add(new LedgerOrder.Step(shipped, "SHIPPED"));
        return steps;
    }

    private static List<LedgerOrder.Item> items(Seller seller, Marketplace marketplace, SplittableRandom r) {
        ListingsCatalog catalog = new ListingsCatalog(seller.catalog().seed(), Math.max(1, seller.catalog().size()),
                marketplace);
        List<LedgerOrder.Item> items = new ArrayList<>();
        int count = 1 + r.nextInt(3);
        for (int n = 0; n < count; n++) {
            ListingsRow row = catalog.row(Math.floorMod(r.nextLong(), catalog.size()));
            long unit = cents(row.get(ListingsColumn.PRICE));
            long shipping = r.nextInt(3) == 0 ? 0 : 199 + r.nextInt(600);
            items.add(new LedgerOrder.Item(String.format(Locale.ROOT, "%014d",
                    Math.floorMod(r.nextLong(), 100_000_000_000_000L)), row.get(ListingsColumn.ASIN1),
                    row.get(ListingsColumn.SELLER_SKU), row.get(ListingsColumn.ITEM_NAME), 1 + r.nextInt(3), unit,
                    Math.round(unit * 0.085), shipping, Math.round(shipping * 0.085)));
        }
        return items;
    }

    private static LedgerOrder.Buyer buyer(SplittableRandom r) {
        int place = r.nextInt(CITIES.length);
        return new LedgerOrder.Buyer(NAMES[r.nextInt(NAMES.length)],
                Long.toHexString(r.nextLong() | 1L << 60) + "@marketplace.amazon.com", STREETS[r.nextInt(STREETS.length)],
                CITIES[place], STATES[place], String.format(Locale.ROOT, "98%03d", r.nextInt(1000)),
                String.format(Locale.ROOT, "+1 206-555-%04d", r.nextInt(10_000)));
    }

    private static long cents(String price) {
        if (price == null || price.isBlank()) {
            return 999;
        }
        int dot = price.indexOf('.');
        if (dot < 0) {
            return Long.parseLong(price) * 100;
        }
        String fraction = (price.substring(dot + 1) + "00").substring(0, 2);
        return Long.parseLong(price.substring(0, dot)) * 100 + Long.parseLong(fraction);
    }

    private static Instant start(Seller seller) {
        return seller.registeredAt().minus(HISTORY);
    }

    private static Duration spacing(Seller seller) {
        return HISTORY.dividedBy(Math.max(1, seller.orderBookSize()));
    }

    private Book book(Seller seller) {
        String key = seller.sellerId() + '|' + seller.orderBookSize() + '|' + seller.catalog().seed() + '|'
                + seller.catalog().size();
        return books.computeIfAbsent(key, k -> new Book());
    }

    /** Generated orders kept once made: the book only grows. */
    private static final class Book {

        private final List<LedgerOrder> orders = new ArrayList<>();

        synchronized LedgerOrder get(Seller seller, int k) {
            while (orders.size() <= k) {
                orders.add(order(seller, orders.size()));
            }
            return orders.get(k);
        }
    }
}
