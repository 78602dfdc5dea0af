package dev.spgateway.product.control;

import dev.spgateway.report.control.ListingColumn;
import dev.spgateway.report.control.ListingRow;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A listings-report row in API2Cart's product shape. The product id is the seller SKU; Amazon's columns
 * that have no API2Cart field go to {@code additional_fields} under their own names.
 */
public final class ProductMapper {

    /** Columns mapped to API2Cart fields of their own; every other column is an additional field. */
    private static final Set<ListingColumn> MAPPED = EnumSet.of(ListingColumn.SELLER_SKU, ListingColumn.ITEM_NAME,
            ListingColumn.ITEM_DESCRIPTION, ListingColumn.PRICE, ListingColumn.QUANTITY, ListingColumn.OPEN_DATE,
            ListingColumn.IMAGE_URL);

    private ProductMapper() {
    }

    public static Map<String, Object> product(ListingRow row) {
        String sku = row.get(ListingColumn.SELLER_SKU);
        boolean amazonFulfilled = isAmazonFulfilled(row.get(ListingColumn.FULFILLMENT_CHANNEL));
        Map<String, Object> product = new LinkedHashMap<>();
        product.put("id", sku);
        product.put("type", "simple");
        product.put("u_model", null);
        product.put("u_sku", sku);
        product.put("name", row.get(ListingColumn.ITEM_NAME));
        product.put("description", row.get(ListingColumn.ITEM_DESCRIPTION));
        product.put("short_description", null);
        product.put("price", price(row.get(ListingColumn.PRICE)));
        product.put("advanced_price", List.of());
        product.put("cost_price", null);
        product.put("unit_price", null);
        product.put("measure_unit", null);
        product.put("quantity", quantity(row.get(ListingColumn.QUANTITY)));
        product.put("inventory", List.of());
        product.put("group_items", List.of());
        product.put("u_brand_id", null);
        product.put("u_brand", null);
        product.put("categories_ids", List.of());
        product.put("stores_ids", List.of());
        product.put("url", url(row.get(ListingColumn.ASIN1)));
        product.put("seo_url", null);
        product.put("meta_title", null);
        product.put("meta_keywords", null);
        product.put("meta_description", null);
        product.put("avail_sale", isActive(row));
        product.put("avail_view", true);
        product.put("is_virtual", false);
        product.put("is_downloadable", false);
        product.put("weight", null);
        product.put("weight_unit", null);
        product.put("sort_order", null);
        product.put("in_stock", amazonFulfilled ? null : quantity(row.get(ListingColumn.QUANTITY)) > 0);
        product.put("backorders", "False");
        product.put("manage_stock", amazonFulfilled ? "False" : "True");
        product.put("is_stock_managed", !amazonFulfilled);
        product.put("on_sale", null);
        product.put("create_at", OpenDates.parseReportDate(row.get(ListingColumn.OPEN_DATE))
                .map(OpenDates::api2CartDate).orElse(null));
        product.put("modified_at", null);
        product.put("tax_class_id", null);
        product.put("special_price", specialPrice());
        product.put("tier_price", List.of());
        product.put("group_price", List.of());
        product.put("images", images(row.get(ListingColumn.IMAGE_URL)));
        product.put("product_options", List.of());
        identifiers(row, product);
        product.put("related_products_ids", List.of());
        product.put("up_sell_products_ids", List.of());
        product.put("cross_sell_products_ids", List.of());
        product.put("dimensions_unit", null);
        product.put("width", null);
        product.put("height", null);
        product.put("length", null);
        product.put("discounts", List.of());
        product.put("additional_fields", additionalFields(row));
        product.put("custom_fields", null);
        return product;
    }

    public static boolean isActive(ListingRow row) {
        return "active".equalsIgnoreCase(nullToEmpty(row.get(ListingColumn.STATUS)).trim());
    }

    public static BigDecimal price(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(value.trim().replace(',', '.'));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public static int quantity(String value) {
        if (value == null || value.isBlank()) {
            return 0;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static boolean isAmazonFulfilled(String channel) {
        return channel != null && channel.toUpperCase(Locale.ROOT).startsWith("AMAZON");
    }

    private static String url(String asin) {
        return asin == null || asin.isBlank() ? null : "https://www.amazon.com/dp/" + asin.trim();
    }

    private static Map<String, Object> specialPrice() {
        Map<String, Object> special = new LinkedHashMap<>();
        special.put("value", 0);
        special.put("avail", false);
        special.put("created_at", null);
        special.put("modified_at", null);
        special.put("expired_at", null);
        return special;
    }

    private static List<Map<String, Object>> images(String url) {
        if (url == null || url.isBlank()) {
            return List.of();
        }
        String path = url.trim();
        Map<String, Object> image = new LinkedHashMap<>();
        image.put("id", md5(path));
        image.put("http_path", path);
        image.put("file_name", path.substring(path.lastIndexOf('/') + 1));
        image.put("mime-type", mimeType(path));
        image.put("size", null);
        image.put("create_at", null);
        image.put("modified_at", null);
        image.put("alt", null);
        image.put("avail", true);
        image.put("sort_order", null);
        image.put("type", "IMAGE_TYPE_BASE");
        List<Map<String, Object>> images = new ArrayList<>();
        images.add(image);
        return images;
    }

    private static String mimeType(String path) {
        String lower = path.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".png")) {
            return "image/png";
        }
        if (lower.endsWith(".gif")) {
            return "image/gif";
        }
        return "image/jpeg";
    }

    /** Amazon's product-id-type: 1 ASIN, 2 ISBN, 3 UPC, 4 EAN. */
    private static void identifiers(ListingRow row, Map<String, Object> product) {
        String type = nullToEmpty(row.get(ListingColumn.PRODUCT_ID_TYPE)).trim();
        String id = row.get(ListingColumn.PRODUCT_ID);
        product.put("u_upc", "3".equals(type) ? id : null);
        product.put("u_mpn", null);
        product.put("u_gtin", null);
        product.put("u_isbn", "2".equals(type) ? id : null);
        product.put("u_ean", "4".equals(type) ? id : null);
    }

    private static Map<String, Object> additionalFields(ListingRow row) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (ListingColumn column : ListingColumn.values()) {
            if (!MAPPED.contains(column)) {
                fields.put(column.header().replace('-', '_'), row.get(column));
            }
        }
        return fields;
    }

    private static String md5(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
