package dev.spgateway.e2e;

import dev.spgateway.e2e.BadValues.BadValue;
import dev.spgateway.e2e.BadValues.Transport;
import dev.spgateway.e2e.BadValues.Type;
import jakarta.json.Json;
import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Every parameter of every method of {@code cart.methods}, with the type of value it takes, and the request
 * that carries one bad value for one of them while every other parameter is one the method accepts.
 */
final class HostileCalls {

    private static final Map<String, Type> STORE_CREDENTIALS = parameters(Type.TEXT, "amazon_seller_id",
            "amazon_sp_client_id", "amazon_sp_client_secret", "amazon_sp_refresh_token", "amazon_sp_aws_region",
            "amazon_sp_aws_user_key_id", "amazon_sp_aws_user_secret", "amazon_sp_aws_role_arn",
            "amazon_sp_api_environment", "amazon_sp_client_secret_expires_at");
    private static final Map<String, Type> PRODUCTS = join(Map.of("store_key", Type.KEY, "page_cursor", Type.CURSOR,
                    "start", Type.WHOLE_NUMBER, "count", Type.WHOLE_NUMBER),
            parameters(Type.FLAG, "disable_report_cache", "avail_sale", "avail_view"),
            parameters(Type.TEXT, "report_request_id", "product_ids", "sku", "find_value", "find_where",
                    "created_from", "created_to", "status", "store_id", "sort_by", "sort_direction", "params",
                    "exclude", "response_fields"));

    private static final Map<String, Type> ORDERS = join(Map.of("store_key", Type.KEY,
                    "start", Type.WHOLE_NUMBER, "count", Type.WHOLE_NUMBER, "rounding_precision", Type.WHOLE_NUMBER,
                    "enable_cache", Type.FLAG),
            parameters(Type.TEXT, "ids", "order_ids", "created_from", "created_to", "modified_from", "modified_to",
                    "order_status", "order_status_ids", "store_id", "fulfillment_channel", "sort_by",
                    "sort_direction", "params", "exclude", "response_fields", "customer_email"));

    /** What each method takes besides {@code api_key}, which every method takes. */
    static final Map<String, Map<String, Type>> METHODS = Map.ofEntries(
            Map.entry("account.cart.add", join(STORE_CREDENTIALS, Map.of("cart_id", Type.TEXT,
                    "custom_label", Type.TEXT, "verify", Type.FLAG))),
            Map.entry("account.config.update", join(STORE_CREDENTIALS, Map.of("store_key", Type.KEY,
                    "verify", Type.FLAG, "idempotency_key", Type.TEXT, "custom_label", Type.TEXT))),
            Map.entry("account.cart.list", Map.of()),
            Map.entry("amazon.authorization.start", parameters(Type.TEXT, "amazon_sp_aws_region", "return_url",
                    "custom_label", "amazon_callback_uri", "amazon_state")),
            Map.entry("amazon.authorization.info", Map.of("authorization_id", Type.TEXT)),
            Map.entry("amazon.notification.process", Map.of("notificationType", Type.TEXT, "payload", Type.JSON_OBJECT,
                    "NotificationType", Type.TEXT, "Payload", Type.JSON_OBJECT)),
            Map.entry("cart.delete", Map.of("store_key", Type.KEY)),
            Map.entry("cart.info", Map.of("store_key", Type.KEY)),
            Map.entry("cart.validate", Map.of("store_key", Type.KEY)),
            Map.entry("cart.methods", Map.of()),
            Map.entry("product.count", PRODUCTS),
            Map.entry("product.info", join(PRODUCTS, Map.of("id", Type.TEXT))),
            Map.entry("product.list", PRODUCTS),
            Map.entry("order.count", ORDERS),
            Map.entry("order.info", join(ORDERS, Map.of("order_id", Type.TEXT, "id", Type.TEXT))),
            Map.entry("order.list", join(ORDERS, Map.of("page_cursor", Type.CURSOR))),
            Map.entry("order.status.list", Map.of()));

    record Target(String method, String parameter, Type type) {

        @Override
        public String toString() {
            return method + " " + parameter;
        }
    }

    record HostileCall(Target target, BadValue value, Transport transport) {

        @Override
        public String toString() {
            return target + " = " + value + " in the " + transport;
        }
    }

    /** How a call travels: the verb, the raw query, the body and its type, the API key header (absent when fuzzed). */
    record Request(String verb, String rawQuery, String contentType, byte[] body, String apiKeyHeader) {
    }

    private HostileCalls() {
    }

    static List<Target> targets() {
        return METHODS.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .flatMap(method -> Stream.concat(Stream.of(Map.entry("api_key", Type.KEY)),
                                method.getValue().entrySet().stream().sorted(Map.Entry.comparingByKey()))
                        .map(parameter -> new Target(method.getKey(), parameter.getKey(), parameter.getValue())))
                .toList();
    }

    static Request request(HostileCall call, Map<String, String> accepted, String apiKey) {
        List<byte[]> json = new ArrayList<>();
        List<String> form = new ArrayList<>();
        accepted.forEach((name, value) -> {
            if (!name.equals(call.target().parameter())) {
                json.add(member(name, Json.createValue(value).toString().getBytes(StandardCharsets.UTF_8)));
                form.add(encode(name) + "=" + encode(value));
            }
        });
        for (int i = 0; i < call.value().copies(); i++) {
            json.add(member(call.target().parameter(), call.value().json()));
            form.add(encode(call.target().parameter()) + "=" + call.value().form());
        }
        String key = call.target().parameter().equals("api_key") ? null : apiKey;
        String pairs = String.join("&", form);
        return switch (call.transport()) {
            case QUERY -> new Request("GET", pairs, null, null, key);
            case FORM -> new Request("POST", "", "application/x-www-form-urlencoded",
                    pairs.getBytes(StandardCharsets.US_ASCII), key);
            case JSON -> new Request("POST", "", "application/json", object(json), key);
        };
    }

    private static byte[] member(String name, byte[] value) {
        ByteArrayOutputStream member = new ByteArrayOutputStream();
        member.writeBytes((Json.createValue(name).toString() + ":").getBytes(StandardCharsets.UTF_8));
        member.writeBytes(value);
        return member.toByteArray();
    }

    private static byte[] object(List<byte[]> members) {
        ByteArrayOutputStream object = new ByteArrayOutputStream();
        object.write('{');
        for (int i = 0; i < members.size(); i++) {
            if (i > 0) {
                object.write(',');
            }
            object.writeBytes(members.get(i));
        }
        object.write('}');
        return object.toByteArray();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static Map<String, Type> parameters(Type type, String... names) {
        return Stream.of(names).collect(Collectors.toMap(name -> name, name -> type));
    }

    @SafeVarargs
    private static Map<String, Type> join(Map<String, Type>... parts) {
        Map<String, Type> all = new LinkedHashMap<>();
        for (Map<String, Type> part : parts) {
            all.putAll(part);
        }
        return Map.copyOf(all);
    }
}
