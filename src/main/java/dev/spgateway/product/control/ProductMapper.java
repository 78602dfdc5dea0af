package dev.spgateway.product.control;

import dev.spgateway.report.control.ListingColumn;
import dev.spgateway.report.control.ListingRow;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A listings-report row in API2Cart's product shape. The product id is the seller SKU; Amazon's columns
 * that have no API2Cart field go to {@code additional_fields} under their own names. Each group of fields
 * (stock, identifiers, images, additional fields) is worked out by a class of its own.
 */
public final class ProductMapper {

    /** Room for every product field without rehashing, for answers that carry them all. */
    static final int PRODUCT_CAPACITY = 128;

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
            field("price", row -> ProductStock.price(row.get(ListingColumn.PRICE))),
            constant("advanced_price", List.of()),
            constant("cost_price", null),
            constant("unit_price", null),
            constant("measure_unit", null),
            field("quantity", row -> ProductStock.quantity(row.get(ListingColumn.QUANTITY))),
            constant("inventory", List.of()),
            constant("group_items", List.of()),
            constant("u_brand_id", null),
            constant("u_brand", null),
            constant("categories_ids", List.of()),
            constant("stores_ids", List.of()),
            field("url", ProductIdentifiers::url),
            constant("seo_url", null),
            constant("meta_title", null),
            constant("meta_keywords", null),
            constant("meta_description", null),
            field("avail_sale", ProductStock::isActive),
            constant("avail_view", true),
            constant("is_virtual", false),
            constant("is_downloadable", false),
            constant("weight", null),
            constant("weight_unit", null),
            constant("sort_order", null),
            field("in_stock", ProductStock::inStock),
            constant("backorders", "False"),
            field("manage_stock", row -> ProductStock.isStockManaged(row) ? "True" : "False"),
            field("is_stock_managed", ProductStock::isStockManaged),
            constant("on_sale", null),
            field("create_at", row -> OpenDates.parseReportDate(row.get(ListingColumn.OPEN_DATE))
                    .map(OpenDates::api2CartDate).orElse(null)),
            constant("modified_at", null),
            constant("tax_class_id", null),
            field("special_price", row -> ProductStock.specialPrice()),
            constant("tier_price", List.of()),
            constant("group_price", List.of()),
            field("images", row -> ProductImages.images(row.get(ListingColumn.IMAGE_URL))),
            constant("product_options", List.of()),
            field("u_upc", ProductIdentifiers::upc),
            constant("u_mpn", null),
            constant("u_gtin", null),
            field("u_isbn", ProductIdentifiers::isbn),
            field("u_ean", ProductIdentifiers::ean),
            constant("related_products_ids", List.of()),
            constant("up_sell_products_ids", List.of()),
            constant("cross_sell_products_ids", List.of()),
            constant("dimensions_unit", null),
            constant("width", null),
            constant("height", null),
            constant("length", null),
            constant("discounts", List.of()),
            field("additional_fields", AdditionalFields::of),
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
}
