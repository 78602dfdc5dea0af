package dev.spgateway.report.control;

import java.util.Arrays;

/** One row of a listings report, decoded. Columns the document did not have are null. */
public final class ListingRow {

    private final int index;
    private final String[] values;

    ListingRow(int index, String[] valuesByOrdinal) {
        this.index = index;
        this.values = valuesByOrdinal;
    }

    /** The row's position in the report, counted from 0 after the header. */
    public int index() {
        return index;
    }

    public String get(ListingColumn column) {
        return values[column.ordinal()];
    }

    public String sku() {
        return get(ListingColumn.SELLER_SKU);
    }

    @Override
    public String toString() {
        return "ListingRow[" + index + ": " + Arrays.toString(values) + "]";
    }
}
