package dev.spgateway.order.control;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Which orders a call means and in which order: statuses by API2Cart's names, dates inclusive. A buyer e-mail
 * is matched by its keyed hashes ({@code emailHashes}, one per secrets key), as the stored orders hold it; the
 * e-mail itself stays in this call's memory and out of {@link #toString()}.
 */
public record OrderFilter(List<String> orderIds, Optional<Instant> createdFrom, Optional<Instant> createdTo,
                          Optional<Instant> modifiedFrom, Optional<Instant> modifiedTo, List<String> statuses,
                          Optional<String> storeId, Optional<String> fulfillmentChannel, String sortBy,
                          boolean descending, Optional<String> customerEmail, Optional<List<String>> emailHashes) {

    public OrderFilter {
        orderIds = List.copyOf(orderIds);
        statuses = List.copyOf(statuses);
        emailHashes = emailHashes.map(List::copyOf);
    }

    public OrderFilter(List<String> orderIds, Optional<Instant> createdFrom, Optional<Instant> createdTo,
            Optional<Instant> modifiedFrom, Optional<Instant> modifiedTo, List<String> statuses,
            Optional<String> storeId, Optional<String> fulfillmentChannel, String sortBy, boolean descending) {
        this(orderIds, createdFrom, createdTo, modifiedFrom, modifiedTo, statuses, storeId, fulfillmentChannel,
                sortBy, descending, Optional.empty(), Optional.empty());
    }

    /** This filter matching the buyer e-mail by these hashes. */
    public OrderFilter withEmailHashes(List<String> hashes) {
        return new OrderFilter(orderIds, createdFrom, createdTo, modifiedFrom, modifiedTo, statuses, storeId,
                fulfillmentChannel, sortBy, descending, customerEmail, Optional.of(hashes));
    }

    @Override
    public String toString() {
        return "OrderFilter[ids=" + orderIds.size() + ", statuses=" + statuses + ", sortBy=" + sortBy
                + (descending ? " desc" : " asc") + (customerEmail.isPresent() || emailHashes.isPresent()
                ? ", customer_email=[redacted]" : "") + "]";
    }
}
