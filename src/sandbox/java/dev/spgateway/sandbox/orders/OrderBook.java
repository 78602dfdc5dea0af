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
import java.util.SplittableRandom;

/**
 * A seller's orders, generated from the seller id and the catalog so they are the same on every call
 * and their items are listings the seller's listings report contains.
 */
final class OrderBook {

    record Item(String orderItemId, String asin, String sku, String title, int quantity, long unitCents) {
    }

    record Order(String amazonOrderId, Marketplace marketplace, Instant purchaseDate, Instant lastUpdateDate,
                 String status, boolean afn, boolean prime, List<Item> items, String buyerName, String buyerEmail,
                 String addressLine1, String city, String stateOrRegion, String postalCode) {

        long totalCents() {
            return items.stream().mapToLong(i -> i.unitCents() * i.quantity()).sum();
        }
    }

    private static final String[] STATUSES = {"Unshipped", "Unshipped", "Shipped", "Shipped", "Shipped", "Pending",
        "Canceled", "PartiallyShipped"};
    private static final String[] NAMES = {"Jürgen Müller", "Zoë Saldaña", "François Lefèvre", "Renée O’Connor",
        "Björn Åkesson", "Ana María Peña"};
    private static final String[] STREETS = {"2201 Westlake Ave", "Königsallee 12", "17 Rue de l’Église", "1-2-3 Ginza"};

    private OrderBook() {
    }

    static List<Order> orders(Seller seller) {
        List<Order> out = new ArrayList<>();
        ListingsCatalog catalog = new ListingsCatalog(seller.catalog().seed(), Math.max(1, seller.catalog().size()),
                seller.marketplaces().get(0));
        for (int k = 0; k < seller.orderCount(); k++) {
            SplittableRandom r = new SplittableRandom(seller.sellerId().hashCode() * 31L + k);
            Marketplace marketplace = seller.marketplaces().get(k % seller.marketplaces().size());
            Instant purchase = seller.registeredAt().minus(Duration.ofMinutes(37L * (k + 1)));
            Instant updated = purchase.plus(Duration.ofMinutes(r.nextInt(30)));
            String id = String.format(Locale.ROOT, "%03d-%07d-%07d", 111 + r.nextInt(800), r.nextInt(10_000_000),
                    r.nextInt(10_000_000));
            List<Item> items = new ArrayList<>();
            int count = 1 + r.nextInt(3);
            for (int n = 0; n < count; n++) {
                ListingsRow row = catalog.row(Math.floorMod(r.nextLong(), catalog.size()));
                String price = row.get(ListingsColumn.PRICE);
                long cents = price.contains(".") ? Long.parseLong(price.replace(".", "")) : Long.parseLong(price) * 100;
                items.add(new Item(String.format(Locale.ROOT, "%014d", Math.floorMod(r.nextLong(), 100_000_000_000_000L)),
                        row.get(ListingsColumn.ASIN1), row.get(ListingsColumn.SELLER_SKU),
                        row.get(ListingsColumn.ITEM_NAME), 1 + r.nextInt(3), cents));
            }
            out.add(new Order(id, marketplace, purchase, updated, STATUSES[r.nextInt(STATUSES.length)], r.nextInt(4) == 0,
                    r.nextBoolean(), items, NAMES[r.nextInt(NAMES.length)],
                    Long.toHexString(r.nextLong()).substring(0, 10) + "@marketplace.amazon.com",
                    STREETS[r.nextInt(STREETS.length)], "Seattle", "WA", String.format(Locale.ROOT, "98%03d", r.nextInt(1000))));
        }
        return out;
    }
}
