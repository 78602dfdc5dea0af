package dev.spgateway.sandbox.orders;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The flat-file order reports (Order Tracking): every line of every order of a period, no buyer data and no
 * order item ids. By last update they select orders changed in the period, by order date orders placed in it.
 */
public enum OrderReportType {

    BY_LAST_UPDATE("GET_FLAT_FILE_ALL_ORDERS_DATA_BY_LAST_UPDATE_GENERAL", false),
    BY_ORDER_DATE("GET_FLAT_FILE_ALL_ORDERS_DATA_BY_ORDER_DATE_GENERAL", true);

    private static final List<String> COMMON_HEAD = List.of("amazon-order-id", "merchant-order-id",
            "purchase-date", "last-updated-date", "order-status", "fulfillment-channel", "sales-channel",
            "order-channel", "ship-service-level", "product-name", "sku", "asin", "item-status", "quantity",
            "currency", "item-price", "item-tax", "shipping-price", "shipping-tax", "gift-wrap-price",
            "gift-wrap-tax", "item-promotion-discount", "ship-promotion-discount", "ship-city", "ship-state",
            "ship-postal-code", "ship-country", "promotion-ids");
    private static final List<String> COMMON_TAIL = List.of("is-business-order", "purchase-order-number",
            "price-designation");

    private final String reportType;
    private final boolean byOrderDate;

    OrderReportType(String reportType, boolean byOrderDate) {
        this.reportType = reportType;
        this.byOrderDate = byOrderDate;
    }

    public static Optional<OrderReportType> of(String reportType) {
        return Arrays.stream(values()).filter(t -> t.reportType.equals(reportType)).findFirst();
    }

    public String reportType() {
        return reportType;
    }

    /** Whether an order belongs to the period by its purchase date (else by its last update). */
    public boolean byOrderDate() {
        return byOrderDate;
    }

    /** The header Amazon documents for the type; the by-order-date report has Brazil's cpf column too. */
    public List<String> columns() {
        List<String> columns = new java.util.ArrayList<>(COMMON_HEAD);
        if (byOrderDate) {
            columns.add("cpf");
        }
        columns.addAll(COMMON_TAIL);
        return List.copyOf(columns);
    }
}
