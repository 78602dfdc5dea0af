package dev.spgateway.product.control;

import dev.spgateway.report.control.ListingColumn;
import dev.spgateway.report.control.ListingRow;
import java.util.Objects;

/** A product's identifier fields: its Amazon page by ASIN, and the UPC, ISBN or EAN Amazon's product id is. */
final class ProductIdentifiers {

    /** Amazon's product-id-type: 1 ASIN, 2 ISBN, 3 UPC, 4 EAN. */
    private static final String ISBN = "2";
    private static final String UPC = "3";
    private static final String EAN = "4";

    private ProductIdentifiers() {
    }

    static String url(ListingRow row) {
        String asin = row.get(ListingColumn.ASIN1);
        return asin == null || asin.isBlank() ? null : "https://www.amazon.com/dp/" + asin.trim();
    }

    static String upc(ListingRow row) {
        return identifier(row, UPC);
    }

    static String isbn(ListingRow row) {
        return identifier(row, ISBN);
    }

    static String ean(ListingRow row) {
        return identifier(row, EAN);
    }

    /** The product id when Amazon's product-id-type is this one. */
    private static String identifier(ListingRow row, String type) {
        return type.equals(Objects.requireNonNullElse(row.get(ListingColumn.PRODUCT_ID_TYPE), "").trim())
                ? row.get(ListingColumn.PRODUCT_ID) : null;
    }
}
