package dev.spgateway.sandbox.listings;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** One listing as a row of the listings report; values are already in Amazon's text form. */
public record ListingsRow(long index, Map<ListingsColumn, String> values) {

    public String get(ListingsColumn column) {
        return values.getOrDefault(column, "");
    }

    public boolean active() {
        return "Active".equals(get(ListingsColumn.STATUS));
    }

    public boolean fulfilledByAmazon() {
        return get(ListingsColumn.FULFILLMENT_CHANNEL).startsWith("AMAZON_");
    }

    /** The row as the report writes it, tab-separated, for the given columns. */
    public String line(List<ListingsColumn> columns) {
        StringBuilder out = new StringBuilder(256);
        for (int i = 0; i < columns.size(); i++) {
            if (i > 0) {
                out.append('\t');
            }
            out.append(get(columns.get(i)));
        }
        return out.toString();
    }

    static ListingsRow of(long index, EnumMap<ListingsColumn, String> values) {
        return new ListingsRow(index, values);
    }
}
