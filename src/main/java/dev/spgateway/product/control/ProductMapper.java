package dev.spgateway.product.control;

import dev.spgateway.report.control.ListingColumn;
import dev.spgateway.report.control.ListingRow;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * A listings-report row in API2Cart's product shape. The product id is the seller SKU; Amazon's columns
 * that have no API2Cart field go to {@code additional_fields} under their own names.
 */
public final class ProductMapper {

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
    /** Room for every product field without rehashing, for answers that carry them all. */
    private static final int PRODUCT_CAPACITY = 128;
    /** Amazon's product-id-type: 1 ASIN, 2 ISBN, 3 UPC, 4 EAN. */
    private static final String ISBN = "2";
    private static final String UPC = "3";
    private static final String EAN = "4";
    /** Copied for each use: cloning skips the provider lookup of getInstance. */
    private static final MessageDigest MD5 = md5Digest();

    private ProductMapper() {
    }

    /** API2Cart's product fields in its order, each computed only when the answer carries it. */
    private static final List<Field> FIELDS = List.of(
            column("id", ListingColumn.SELLER_SKU),
            constant("type", "simple"),
            constant("u_model", null),
            column("u_sku", ListingColumn.SELLER_SKU),
            column("name", ListingColumn.ITEM_NAME),
            column("description", ListingColumn.ITEM_DESCRIPTION),
            constant("short_description", null),
            field("price", row -> price(row.get(ListingColumn.PRICE))),
            constant("advanced_price", List.of()),
            constant("cost_price", null),
            constant("unit_price", null),
            constant("measure_unit", null),
            field("quantity", row -> quantity(row.get(ListingColumn.QUANTITY))),
            constant("inventory", List.of()),
            constant("group_items", List.of()),
            constant("u_brand_id", null),
            constant("u_brand", null),
            constant("categories_ids", List.of()),
            constant("stores_ids", List.of()),
            field("url", row -> url(row.get(ListingColumn.ASIN1))),
            constant("seo_url", null),
            constant("meta_title", null),
            constant("meta_keywords", null),
            constant("meta_description", null),
            field("avail_sale", ProductMapper::isActive),
            constant("avail_view", true),
            constant("is_virtual", false),
            constant("is_downloadable", false),
            constant("weight", null),
            constant("weight_unit", null),
            constant("sort_order", null),
            field("in_stock", row -> isAmazonFulfilled(row) ? null : quantity(row.get(ListingColumn.QUANTITY)) > 0),
            constant("backorders", "False"),
            field("manage_stock", row -> isAmazonFulfilled(row) ? "False" : "True"),
            field("is_stock_managed", row -> !isAmazonFulfilled(row)),
            constant("on_sale", null),
            field("create_at", row -> OpenDates.parseReportDate(row.get(ListingColumn.OPEN_DATE))
                    .map(OpenDates::api2CartDate).orElse(null)),
            constant("modified_at", null),
            constant("tax_class_id", null),
            field("special_price", row -> specialPrice()),
            constant("tier_price", List.of()),
            constant("group_price", List.of()),
            field("images", row -> images(row.get(ListingColumn.IMAGE_URL))),
            constant("product_options", List.of()),
            field("u_upc", row -> identifier(row, UPC)),
            constant("u_mpn", null),
            constant("u_gtin", null),
            field("u_isbn", row -> identifier(row, ISBN)),
            field("u_ean", row -> identifier(row, EAN)),
            constant("related_products_ids", List.of()),
            constant("up_sell_products_ids", List.of()),
            constant("cross_sell_products_ids", List.of()),
            constant("dimensions_unit", null),
            constant("width", null),
            constant("height", null),
            constant("length", null),
            constant("discounts", List.of()),
            field("additional_fields", ProductMapper::additionalFields),
            constant("custom_fields", null));

    public static Map<String, Object> product(ListingRow row) {
        return product(row, FieldSelection.ALL);
    }

    /** The product with just the selected fields: a default page carries five of sixty. */
    public static Map<String, Object> product(ListingRow row, FieldSelection fields) {
        Map<String, Object> product = fields.isAll() ? new LinkedHashMap<>(PRODUCT_CAPACITY) : new LinkedHashMap<>();
        for (Field field : FIELDS) {
            if (fields.wants(field.name())) {
                product.put(field.name(), field.value().apply(row));
            }
        }
        return product;
    }

    private record Field(String name, Function<ListingRow, Object> value) {
    }

    private static Field field(String name, Function<ListingRow, Object> value) {
        return new Field(name, value);
    }

    private static Field constant(String name, Object value) {
        return new Field(name, row -> value);
    }

    private static Field column(String name, ListingColumn column) {
        return new Field(name, row -> row.get(column));
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

    private static boolean isAmazonFulfilled(ListingRow row) {
        String channel = row.get(ListingColumn.FULFILLMENT_CHANNEL);
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

    /** The product id when Amazon's product-id-type is this one. */
    private static String identifier(ListingRow row, String type) {
        return type.equals(nullToEmpty(row.get(ListingColumn.PRODUCT_ID_TYPE)).trim())
                ? row.get(ListingColumn.PRODUCT_ID) : null;
    }

    private static Map<String, Object> additionalFields(ListingRow row) {
        Map<String, Object> fields = new LinkedHashMap<>(PRODUCT_CAPACITY);
        for (int i = 0; i < ADDITIONAL.length; i++) {
            fields.put(ADDITIONAL_NAMES[i], row.get(ADDITIONAL[i]));
        }
        return fields;
    }

    private static String md5(String text) {
        try {
            MessageDigest md5 = (MessageDigest) MD5.clone();
            return HexFormat.of().formatHex(md5.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static MessageDigest md5Digest() {
        try {
            return MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
