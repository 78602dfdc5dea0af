package dev.spgateway.order.control;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Which orders a call means and in which order: statuses by API2Cart's names, dates inclusive. */
public record OrderFilter(List<String> orderIds, Optional<Instant> createdFrom, Optional<Instant> createdTo,
                          Optional<Instant> modifiedFrom, Optional<Instant> modifiedTo, List<String> statuses,
                          Optional<String> storeId, Optional<String> fulfillmentChannel, String sortBy,
                          boolean descending) {

    public OrderFilter {
        orderIds = List.copyOf(orderIds);
        statuses = List.copyOf(statuses);
    }
}
