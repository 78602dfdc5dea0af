package dev.spgateway.sandbox.listings;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The two listings reports the sandbox generates. GET_MERCHANT_LISTINGS_ALL_DATA ("All Listings Report")
 * carries every listing with its status; GET_MERCHANT_LISTINGS_DATA ("Active Listings Report") only the
 * active ones, so it has no status column.
 */
public enum ListingsReportType {
    GET_MERCHANT_LISTINGS_ALL_DATA(List.of(ListingsColumn.values()), true),
    GET_MERCHANT_LISTINGS_DATA(Arrays.stream(ListingsColumn.values()).filter(c -> c != ListingsColumn.STATUS).toList(),
            false);

    private final List<ListingsColumn> columns;
    private final boolean includesInactive;

    ListingsReportType(List<ListingsColumn> columns, boolean includesInactive) {
        this.columns = columns;
        this.includesInactive = includesInactive;
    }

    public List<ListingsColumn> columns() {
        return columns;
    }

    public boolean includes(ListingsRow row) {
        return includesInactive || row.active();
    }

    public static Optional<ListingsReportType> of(String reportType) {
        return Arrays.stream(values()).filter(t -> t.name().equals(reportType)).findFirst();
    }
}
