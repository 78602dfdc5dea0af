package dev.spgateway.order.control;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Amazon's fulfillment statuses under the names API2Cart gives them (order.status.list). */
public enum OrderStatus {
    PENDING("Pending", "PENDING"),
    UNSHIPPED("Unshipped", "UNSHIPPED"),
    PARTIALLY_SHIPPED("PartiallyShipped", "PARTIALLY_SHIPPED"),
    SHIPPED("Shipped", "SHIPPED"),
    CANCELED("Canceled", "CANCELLED"),
    UNFULFILLABLE("Unfulfillable", "UNFULFILLABLE"),
    /** Orders API v0 knew it; 2026-01-01 has no such status, but API2Cart lists it. */
    INVOICE_UNCONFIRMED("InvoiceUnconfirmed", null),
    PENDING_AVAILABILITY("PendingAvailability", "PENDING_AVAILABILITY");

    private final String name;
    private final String amazonName;

    OrderStatus(String name, String amazonName) {
        this.name = name;
        this.amazonName = amazonName;
    }

    /** The id and name API2Cart answers with. */
    public String displayName() {
        return name;
    }

    public static Optional<OrderStatus> fromAmazon(String fulfillmentStatus) {
        return Arrays.stream(values()).filter(s -> s.amazonName != null && s.amazonName.equals(fulfillmentStatus))
                .findFirst();
    }

    public static Optional<OrderStatus> fromDisplayName(String name) {
        return Arrays.stream(values()).filter(s -> s.name.equalsIgnoreCase(name)).findFirst();
    }

    public static List<String> displayNames() {
        return Arrays.stream(values()).map(OrderStatus::displayName).toList();
    }
}
