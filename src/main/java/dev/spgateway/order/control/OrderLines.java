package dev.spgateway.order.control;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** An Amazon order's items as API2Cart's order_products, and the order's total summed from them. */
final class OrderLines {

    private OrderLines() {
    }

    static List<Map<String, Object>> products(JsonObject order) {
        List<Map<String, Object>> products = new ArrayList<>();
        for (JsonObject item : items(order)) {
            JsonObject product = item.getJsonObject("product");
            BigDecimal price = Money.of(product.getJsonObject("price"), "unitPrice");
            int quantity = item.getInt("quantityOrdered", 0);
            Map<String, Object> p = new LinkedHashMap<>();
            String sku = product.getString("sellerSku", null);
            p.put("product_id", sku);
            // null while the order is as the order report gave it: the report has no order item ids
            p.put("order_product_id", item.getString("orderItemId", null));
            p.put("model", sku);
            p.put("name", product.getString("title", null));
            p.put("price", price);
            p.put("price_inc_tax", price);
            p.put("quantity", quantity);
            p.put("discount_amount", BigDecimal.ZERO);
            p.put("total_price", price.multiply(BigDecimal.valueOf(quantity)));
            p.put("tax_percent", null);
            p.put("tax_value", breakdown(item, "TAX", "ITEM"));
            p.put("tax_value_after_discount", null);
            p.put("options", List.of());
            p.put("variant_id", null);
            p.put("weight_unit", null);
            p.put("weight", null);
            p.put("barcode", null);
            p.put("parent_order_product_id", null);
            p.put("additional_fields", itemFields(item, product));
            products.add(p);
        }
        return products;
    }

    private static Map<String, Object> itemFields(JsonObject item, JsonObject product) {
        JsonObject condition = product.getJsonObject("condition");
        JsonObject fulfillment = item.getJsonObject("fulfillment");
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("asin", product.getString("asin", null));
        f.put("gift_message_text", null);
        f.put("gift_wrap_level", null);
        f.put("condition", condition == null ? null : titleCase(condition.getString("conditionType", null)));
        f.put("condition_subtype_id", condition == null ? null : titleCase(condition.getString("conditionSubtype", null)));
        f.put("condition_note", condition == null ? null : emptyAsNull(condition.getString("conditionNote", null)));
        f.put("price_designation", null);
        f.put("is_gift", false);
        f.put("quantity_shipped", fulfillment == null ? null : fulfillment.getInt("quantityFulfilled", 0));
        f.put("shipping_price", breakdown(item, "SHIPPING", null));
        f.put("shipping_tax", breakdown(item, "TAX", "SHIPPING"));
        f.put("shipping_discount", BigDecimal.ZERO);
        f.put("promotion_discount", BigDecimal.ZERO);
        f.put("amazon_programs", item.containsKey("programs") ? item.getJsonArray("programs")
                .getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList()
                : List.of());
        return f;
    }

    /** API2Cart's total: items, shipping and tax summed over the order's items. */
    static Map<String, Object> total(JsonObject order) {
        BigDecimal subtotal = BigDecimal.ZERO;
        BigDecimal shipping = BigDecimal.ZERO;
        BigDecimal itemTax = BigDecimal.ZERO;
        BigDecimal shippingTax = BigDecimal.ZERO;
        for (JsonObject item : items(order)) {
            BigDecimal price = Money.of(item.getJsonObject("product").getJsonObject("price"), "unitPrice");
            subtotal = subtotal.add(price.multiply(BigDecimal.valueOf(item.getInt("quantityOrdered", 0))));
            shipping = shipping.add(orZero(breakdown(item, "SHIPPING", null)));
            itemTax = itemTax.add(orZero(breakdown(item, "TAX", "ITEM")));
            shippingTax = shippingTax.add(orZero(breakdown(item, "TAX", "SHIPPING")));
        }
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("subtotal_ex_tax", subtotal);
        t.put("wrapping_ex_tax", BigDecimal.ZERO);
        t.put("shipping_ex_tax", shipping);
        t.put("total_discount", BigDecimal.ZERO);
        t.put("total_tax", itemTax.add(shippingTax));
        t.put("total", subtotal.add(shipping).add(itemTax).add(shippingTax));
        t.put("total_paid", null);
        Map<String, Object> more = new LinkedHashMap<>();
        more.put("shipping_discount_ex_tax", BigDecimal.ZERO);
        more.put("subtotal_discount_ex_tax", BigDecimal.ZERO);
        more.put("tax_discount", null);
        more.put("subtotal_tax", itemTax);
        more.put("wrapping_tax", BigDecimal.ZERO);
        more.put("shipping_tax", shippingTax);
        t.put("additional_fields", more);
        return t;
    }

    /** A proceeds breakdown of the item, or one of its detailed subtypes; null when Amazon sent none. */
    private static BigDecimal breakdown(JsonObject item, String type, String subtype) {
        JsonObject proceeds = item.getJsonObject("proceeds");
        if (proceeds == null || !proceeds.containsKey("breakdowns")) {
            return null;
        }
        for (JsonObject b : proceeds.getJsonArray("breakdowns").getValuesAs(JsonObject.class)) {
            if (!type.equals(b.getString("type", ""))) {
                continue;
            }
            if (subtype == null) {
                return Money.of(b, "subtotal");
            }
            if (b.containsKey("detailedBreakdowns")) {
                for (JsonObject d : b.getJsonArray("detailedBreakdowns").getValuesAs(JsonObject.class)) {
                    if (subtype.equals(d.getString("subtype", ""))) {
                        return Money.of(d, "value");
                    }
                }
            }
            return subtype.equals("ITEM") ? Money.of(b, "subtotal") : BigDecimal.ZERO;
        }
        return BigDecimal.ZERO;
    }

    static List<JsonObject> items(JsonObject order) {
        JsonValue items = order.get("orderItems");
        return items == null || items.getValueType() != JsonValue.ValueType.ARRAY ? List.of()
                : order.getJsonArray("orderItems").getValuesAs(JsonObject.class);
    }

    private static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }

    static String titleCase(String upper) {
        if (upper == null || upper.isEmpty()) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        for (String word : upper.toLowerCase(Locale.ROOT).split("_")) {
            out.append(word.isEmpty() ? "" : Character.toUpperCase(word.charAt(0)) + word.substring(1));
        }
        return out.toString();
    }

    private static String emptyAsNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }

    /** Amazon's Money objects: amount as a decimal string. */
    static final class Money {

        private Money() {
        }

        static BigDecimal of(JsonObject holder, String field) {
            JsonObject money = holder == null ? null : holder.getJsonObject(field);
            if (money == null) {
                return BigDecimal.ZERO;
            }
            try {
                return new BigDecimal(money.getString("amount", "0"));
            } catch (NumberFormatException e) {
                return BigDecimal.ZERO;
            }
        }
    }
}
