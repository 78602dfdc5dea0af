package dev.spgateway.sandbox.orders;

import dev.spgateway.sandbox.sellers.Marketplace;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One order of the Orders API 2026-01-01 order book with its whole life laid out in advance: the status it has
 * at an instant is the last step taken by then, so the book changes as the sandbox clock moves and stays the
 * same for every caller at the same instant.
 */
public record LedgerOrder(String orderId, Marketplace marketplace, Instant createdTime, List<Step> steps,
                          boolean amazonFulfilled, boolean prime, List<Item> items, Buyer buyer) {

    /** A fulfillment status from an instant on. */
    public record Step(Instant at, String status) {
    }

    /** Money in the smallest unit of the marketplace's currency (cents); per unit except shipping. */
    public record Item(String orderItemId, String asin, String sellerSku, String title, int quantity,
                       long unitPrice, long unitTax, long shipping, long shippingTax) {

        public long itemTotal() {
            return unitPrice * quantity;
        }

        public long taxTotal() {
            return unitTax * quantity + shippingTax;
        }

        public long proceeds() {
            return itemTotal() + shipping + taxTotal();
        }
    }

    /** Buyer and recipient data: PII, served only to apps with the roles. */
    public record Buyer(String name, String email, String addressLine1, String city, String stateOrRegion,
                        String postalCode, String phone) {
    }

    public boolean existsAt(Instant now) {
        return !createdTime.isAfter(now);
    }

    /** The step in force at {@code now}; the order must exist then. */
    public Step stepAt(Instant now) {
        Step current = steps.get(0);
        for (Step step : steps) {
            if (!step.at().isAfter(now)) {
                current = step;
            }
        }
        return current;
    }

    public String statusAt(Instant now) {
        return stepAt(now).status();
    }

    public Instant lastUpdatedAt(Instant now) {
        return stepAt(now).at();
    }

    /** When the order left (or will leave) UNSHIPPED for good, if it ships at all. */
    public Optional<Instant> shippedAt() {
        return steps.stream().filter(s -> s.status().equals("SHIPPED")).map(Step::at).findFirst();
    }

    public long grandTotal() {
        return items.stream().mapToLong(Item::proceeds).sum();
    }
}
