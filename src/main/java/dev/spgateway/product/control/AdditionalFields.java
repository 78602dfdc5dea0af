package dev.spgateway.product.control;

import dev.spgateway.report.control.ListingColumn;
import dev.spgateway.report.control.ListingRow;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** A product's {@code additional_fields}: Amazon's columns that have no API2Cart field, under their own names. */
final class AdditionalFields {

    /** Columns mapped to API2Cart fields of their own; every other column is an additional field. */
    private static final Set<ListingColumn> MAPPED = EnumSet.of(ListingColumn.SELLER_SKU, ListingColumn.ITEM_NAME,
            ListingColumn.ITEM_DESCRIPTION, ListingColumn.PRICE, ListingColumn.QUANTITY, ListingColumn.OPEN_DATE,
            ListingColumn.IMAGE_URL);

    /** Every unmapped column with its additional_fields name, worked out once rather than per product. */
    private static final ListingColumn[] ADDITIONAL = EnumSet.complementOf(EnumSet.copyOf(MAPPED))
            .toArray(ListingColumn[]::new);
    private static final String[] ADDITIONAL_NAMES = Arrays.stream(ADDITIONAL)
            .map(column -> column.header().replace('-', '_'))
            .toArray(String[]::new);

    private AdditionalFields() {
    }

    static Map<String, Object> of(ListingRow row) {
        Map<String, Object> fields = new LinkedHashMap<>(ProductMapper.PRODUCT_CAPACITY);
        for (int i = 0; i < ADDITIONAL.length; i++) {
            fields.put(ADDITIONAL_NAMES[i], row.get(ADDITIONAL[i]));
        }
        return fields;
    }
}
