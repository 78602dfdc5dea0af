package dev.spgateway.order.control;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** An Amazon order (Orders API 2026-01-01) in API2Cart's order shape, field by field as API2Cart answers. */
public final class OrderMapper {

    private static final DateTimeFormatter WIRE_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxx")
            .withZone(ZoneOffset.UTC);
    private static final String DATE_FORMAT = "Y-m-d\\TH:i:sO";

    private OrderMapper() {
    }

    public static Map<String, Object> order(JsonObject order, String status, Optional<BuyerData> buyer) {
        JsonObject channel = order.getJsonObject("salesChannel");
        JsonObject fulfillment = order.getJsonObject("fulfillment");
        String orderId = order.getString("orderId");
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("id", orderId);
        o.put("order_id", orderId);
        o.put("basket_id", null);
        o.put("channel_id", null);
        o.put("customer", customer(buyer));
        o.put("create_at", date(order.getString("createdTime")));
        String currency = currency(order);
        o.put("currency", currency == null ? null : currencyObject(currency));
        o.put("shipping_address", shippingAddress(buyer));
        o.put("billing_address", null);
        o.put("payment_method", Map.of("name", "Other"));
        Map<String, Object> shipping = new LinkedHashMap<>();
        shipping.put("name", "");
        shipping.put("additional_fields", Map.of("carrier", ""));
        o.put("shipping_method", shipping);
        o.put("shipping_methods", List.of(shipping));
        o.put("status", statusObject(status));
        o.put("totals", null);
        o.put("total", OrderLines.total(order));
        o.put("discounts", List.of());
        o.put("order_products", OrderLines.products(order));
        o.put("bundles", List.of());
        o.put("modified_at", date(order.getString("lastUpdatedTime")));
        o.put("finished_time", null);
        o.put("comment", null);
        o.put("store_id", channel == null ? null : channel.getString("marketplaceId", null));
        o.put("warehouses_ids", List.of());
        o.put("refunds", List.of());
        o.put("gift_message", null);
        o.put("order_details_url", null);
        o.put("additional_fields", additionalFields(order, channel, fulfillment));
        return o;
    }

    public static Map<String, Object> statusObject(String status) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("id", status);
        s.put("name", status);
        s.put("history", List.of());
        s.put("refund_info", null);
        return s;
    }

    private static Map<String, Object> customer(Optional<BuyerData> buyer) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("id", "");
        c.put("email", buyer.map(BuyerData::email).orElse(""));
        c.put("first_name", buyer.map(BuyerData::name).orElse(""));
        c.put("last_name", null);
        c.put("phone", buyer.map(BuyerData::phone).filter(p -> !p.isEmpty()).orElse(null));
        c.put("additional_fields", nullValued("company_legal_name"));
        return c;
    }

    private static Map<String, Object> shippingAddress(Optional<BuyerData> buyer) {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("id", 1);
        a.put("type", "shipping");
        a.put("first_name", buyer.map(BuyerData::name).orElse(""));
        a.put("last_name", null);
        a.put("postcode", buyer.map(BuyerData::postalCode).orElse(""));
        a.put("address1", buyer.map(BuyerData::addressLine1).orElse(""));
        a.put("address2", buyer.map(BuyerData::addressLine2).orElse(""));
        a.put("phone", buyer.map(BuyerData::phone).orElse(""));
        a.put("phone_mobile", "");
        a.put("city", buyer.map(BuyerData::city).orElse(""));
        a.put("country", country(buyer.map(BuyerData::countryCode).orElse("")));
        String state = buyer.map(BuyerData::stateOrRegion).orElse("");
        Map<String, Object> stateObject = new LinkedHashMap<>();
        stateObject.put("code", state);
        stateObject.put("name", state);
        a.put("state", stateObject);
        for (String empty : List.of("company", "fax", "website", "gender", "region")) {
            a.put(empty, null);
        }
        a.put("default", true);
        for (String empty : List.of("tax_id", "identification_number", "alias")) {
            a.put(empty, null);
        }
        Map<String, Object> more = new LinkedHashMap<>();
        more.put("is_residential", buyer.map(BuyerData::residential).orElse(false));
        more.put("municipality", null);
        a.put("additional_fields", more);
        return a;
    }

    private static Map<String, Object> country(String code2) {
        Map<String, Object> c = new LinkedHashMap<>();
        Locale locale = new Locale("", code2);
        c.put("code2", code2);
        c.put("code3", code2.isEmpty() ? "" : locale.getISO3Country());
        c.put("name", code2.isEmpty() ? "" : locale.getDisplayCountry(Locale.ENGLISH));
        return c;
    }

    private static Map<String, Object> additionalFields(JsonObject order, JsonObject channel, JsonObject fulfillment) {
        List<String> programs = order.containsKey("programs") ? order.getJsonArray("programs")
                .getValuesAs(JsonString.class).stream().map(JsonString::getString).toList() : List.of();
        JsonObject shipBy = fulfillment == null ? null : fulfillment.getJsonObject("shipByWindow");
        JsonObject deliverBy = fulfillment == null ? null : fulfillment.getJsonObject("deliverByWindow");
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("order_type", programs.contains("PREORDER") ? "Preorder" : "StandardOrder");
        f.put("shipment_service_level_category", fulfillment == null ? null
                : OrderLines.titleCase(fulfillment.getString("fulfillmentServiceLevel", null)));
        f.put("fulfillment_channel", fulfillmentChannel(order));
        f.put("sales_channel", channel == null ? null : channel.getString("marketplaceName", null));
        f.put("ship_service_level", null);
        f.put("cba_displayable_shipping_label", null);
        f.put("replace_order_id", null);
        f.put("payment_method_details", null);
        f.put("earliest_delivery_date", windowDate(deliverBy, "earliestDateTime"));
        f.put("earliest_ship_date", windowDate(shipBy, "earliestDateTime"));
        f.put("latest_delivery_date", windowDate(deliverBy, "latestDateTime"));
        f.put("latest_ship_date", windowDate(shipBy, "latestDateTime"));
        f.put("is_business_order", programs.contains("AMAZON_BUSINESS"));
        f.put("is_premium_order", programs.contains("PREMIUM"));
        f.put("is_prime", programs.contains("PRIME"));
        f.put("is_sold_by_a_b", false);
        f.put("is_replacements_order", false);
        f.put("is_global_express_enabled", false);
        f.put("has_regulated_items", false);
        return f;
    }

    /** AFN for orders Amazon fulfils, MFN for the seller's own. */
    public static String fulfillmentChannel(JsonObject order) {
        JsonObject fulfillment = order.getJsonObject("fulfillment");
        return fulfillment != null && "AMAZON".equals(fulfillment.getString("fulfilledBy", "")) ? "AFN" : "MFN";
    }

    static String currency(JsonObject order) {
        for (JsonObject item : OrderLines.items(order)) {
            JsonObject price = item.getJsonObject("product").getJsonObject("price");
            JsonObject unit = price == null ? null : price.getJsonObject("unitPrice");
            if (unit != null) {
                return unit.getString("currencyCode", null);
            }
        }
        return null;
    }

    private static Map<String, Object> currencyObject(String code) {
        Map<String, Object> c = new LinkedHashMap<>();
        String name = code;
        String symbol = code;
        try {
            Currency currency = Currency.getInstance(code);
            name = currency.getDisplayName(Locale.ENGLISH);
            symbol = currency.getSymbol(Locale.US);
        } catch (IllegalArgumentException unknown) {
            // Amazon's code as it came
        }
        c.put("id", code);
        c.put("name", name);
        c.put("iso3", code);
        c.put("symbol_left", symbol);
        c.put("symbol_right", "");
        c.put("rate", 1);
        c.put("avail", true);
        c.put("default", false);
        return c;
    }

    private static Map<String, Object> windowDate(JsonObject window, String field) {
        return window == null || !window.containsKey(field) ? null : date(window.getString(field));
    }

    public static Map<String, Object> date(String isoInstant) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("value", WIRE_DATE.format(Instant.parse(isoInstant)));
        d.put("format", DATE_FORMAT);
        return d;
    }

    private static Map<String, Object> nullValued(String key) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(key, null);
        return m;
    }
}
