package dev.spgateway.sandbox.orders;

import dev.spgateway.sandbox.http.SandboxRequest;
import dev.spgateway.sandbox.spapi.ApiError;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

/**
 * The filters of one searchOrders request, checked as the model says: exactly one of createdAfter and
 * lastUpdatedAfter, the matching "before" at least two minutes in the past, known enum values.
 */
record OrderSearch(boolean byCreation, Instant after, Instant before, Set<String> statuses, Set<String> marketplaces,
                   Set<String> fulfilledBy, int pageSize, Set<String> included, String fingerprint) {

    /** Amazon wants createdBefore/lastUpdatedBefore at least two minutes before the request. */
    static final Duration LATEST = Duration.ofMinutes(2);
    static final Set<String> STATUSES = Set.of("PENDING_AVAILABILITY", "PENDING", "UNSHIPPED", "PARTIALLY_SHIPPED",
            "SHIPPED", "CANCELLED", "UNFULFILLABLE");
    static final Set<String> DATASETS = Set.of("BUYER", "RECIPIENT", "PROCEEDS", "EXPENSE", "PROMOTION",
            "CANCELLATION", "FULFILLMENT", "PACKAGES", "TAX", "PAYMENT", "FULFILLMENT_ORDERS");
    /** What a pagination token must be sent with again, unchanged. */
    private static final Set<String> PAGE_INDEPENDENT = Set.of("maxResultsPerPage", "includedData", "paginationToken");

    static OrderSearch of(SandboxRequest q, Instant now) throws ApiError {
        Instant createdAfter = time(q, "createdAfter");
        Instant createdBefore = time(q, "createdBefore");
        Instant updatedAfter = time(q, "lastUpdatedAfter");
        Instant updatedBefore = time(q, "lastUpdatedBefore");
        if ((createdAfter == null) == (updatedAfter == null)) {
            throw ApiError.invalidInput("Invalid Input", "Exactly one of createdAfter and lastUpdatedAfter must be provided.");
        }
        if (createdAfter != null && updatedBefore != null || updatedAfter != null && createdBefore != null) {
            throw ApiError.invalidInput("Invalid Input", "Creation and update times cannot be combined.");
        }
        boolean byCreation = createdAfter != null;
        Instant after = byCreation ? createdAfter : updatedAfter;
        Instant before = byCreation ? createdBefore : updatedBefore;
        Instant latest = now.minus(LATEST);
        if (after.isAfter(latest)) {
            throw ApiError.invalidInput("Invalid Input", "createdAfter and lastUpdatedAfter must be at least two minutes"
                    + " before the time of the request.");
        }
        if (before != null && (before.isAfter(latest) || before.isBefore(after))) {
            throw ApiError.invalidInput("Invalid Input", "createdBefore and lastUpdatedBefore must be on or after the"
                    + " matching after date and at least two minutes before the time of the request.");
        }
        List<String> marketplaces = q.queryList("marketplaceIds");
        if (marketplaces.size() > 50) {
            throw ApiError.invalidInput("Invalid Input", "marketplaceIds accepts at most 50 values.");
        }
        return new OrderSearch(byCreation, after, before == null ? latest : before,
                values(q, "fulfillmentStatuses", STATUSES), Set.copyOf(marketplaces),
                values(q, "fulfilledBy", Set.of("MERCHANT", "AMAZON")), pageSize(q), values(q, "includedData", DATASETS),
                fingerprint(q));
    }

    boolean matches(LedgerOrder o, Instant now) {
        Instant at = key(o, now);
        return !at.isBefore(after) && !at.isAfter(before)
                && (statuses.isEmpty() || statuses.contains(o.statusAt(now)))
                && (marketplaces.isEmpty() || marketplaces.contains(o.marketplace().id()))
                && (fulfilledBy.isEmpty() || fulfilledBy.contains(o.amazonFulfilled() ? "AMAZON" : "MERCHANT"));
    }

    /** The time the search orders by: creation or last update. */
    Instant key(LedgerOrder o, Instant now) {
        return byCreation ? o.createdTime() : o.lastUpdatedAt(now);
    }

    Comparator<LedgerOrder> order(Instant now) {
        return Comparator.comparing((LedgerOrder o) -> key(o, now)).thenComparing(LedgerOrder::orderId);
    }

    /** The request's filters without the parameters a token may come with changed. */
    private static String fingerprint(SandboxRequest q) {
        TreeMap<String, List<String>> filters = new TreeMap<>(q.query());
        PAGE_INDEPENDENT.forEach(filters::remove);
        return Integer.toHexString(filters.toString().hashCode());
    }

    private static int pageSize(SandboxRequest q) throws ApiError {
        String value = q.queryParam("maxResultsPerPage");
        if (value == null) {
            return 100;
        }
        try {
            int size = Integer.parseInt(value);
            if (size >= 1 && size <= 100) {
                return size;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ApiError.invalidInput("Invalid Input", "maxResultsPerPage must be between 1 and 100.");
    }

    private static Set<String> values(SandboxRequest q, String name, Set<String> allowed) throws ApiError {
        List<String> values = q.queryList(name);
        for (String value : values) {
            if (!allowed.contains(value)) {
                throw ApiError.invalidInput("Invalid Input", value + " is not a valid value of " + name + ".");
            }
        }
        return Set.copyOf(values);
    }

    private static Instant time(SandboxRequest q, String name) throws ApiError {
        String value = q.queryParam(name);
        if (value == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw ApiError.invalidInput("Invalid Input", name + " is not a valid ISO 8601 date-time.");
        }
    }
}
