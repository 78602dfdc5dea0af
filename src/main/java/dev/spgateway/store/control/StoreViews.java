package dev.spgateway.store.control;

import dev.spgateway.amazon.control.IamCredentials;
import dev.spgateway.amazon.control.Marketplace;
import dev.spgateway.amazon.control.SpApiCredentials;
import dev.spgateway.store.entity.StoreConnection;
import dev.spgateway.store.entity.Verification;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A store in API2Cart's shapes (cart.info, account.cart.list), secrets masked. */
public final class StoreViews {

    /** API2Cart's cart id of a store connected through Amazon's Selling Partner API. */
    public static final String CART_ID = "AmazonSP";
    /** Whether the app may read buyer and recipient data (PII): ALLOWED, REFUSED or UNKNOWN. */
    public static final String BUYER_DATA_ACCESS = "buyer_data_access";

    private StoreViews() {
    }

    /** {@code buyerDataAccess}: see {@link BuyerDataAccess}; beside the connection, as it is the app's standing. */
    public static Map<String, Object> cartInfo(StoreConnection store, SecretState secret, String buyerDataAccess) {
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("name", store.customLabel());
        info.put("url", url(store));
        info.put("version", null);
        info.put("bridge_version", null);
        info.put("db_prefix", null);
        info.put("stores_info", List.of(Map.of("store_info", store.verification().marketplaceIds().stream()
                .map(id -> storeInfo(store, id)).toList())));
        info.put("warehouses", List.of());
        info.put("shipping_zones", null);
        info.put("credentials", credentials(store, secret));
        info.put("connection", connection(store));
        info.put(BUYER_DATA_ACCESS, buyerDataAccess);
        return info;
    }

    public static Map<String, Object> cartListEntry(StoreConnection store, SecretState secret,
            String buyerDataAccess) {
        Map<String, Object> cart = new LinkedHashMap<>();
        cart.put("cart_id", CART_ID);
        cart.put("url", url(store));
        cart.put("store_key", store.storeKey());
        cart.put("custom_label", store.customLabel());
        cart.put("amazon_seller_id", store.sellerId());
        cart.put("amazon_sp_aws_region", store.region().awsRegion());
        cart.put("stores", store.verification().marketplaceIds());
        cart.put("connection", connection(store));
        cart.put("client_secret", secretLifetime(secret));
        cart.put(BUYER_DATA_ACCESS, buyerDataAccess);
        return cart;
    }

    private static Map<String, Object> storeInfo(StoreConnection store, String marketplaceId) {
        Marketplace marketplace = Marketplace.byId(marketplaceId).orElse(null);
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("additional_fields", null);
        info.put("store_id", marketplaceId);
        info.put("name", store.customLabel());
        info.put("language", marketplace == null ? null : marketplace.language());
        info.put("currency", marketplace == null ? List.of() : List.of(currency(marketplace)));
        info.put("timezone", "UTC");
        info.put("country", marketplace == null ? null : marketplace.country());
        info.put("root_category_id", null);
        info.put("multi_store_url", marketplace == null ? null : marketplace.url());
        info.put("active", "True");
        info.put("weight_unit", null);
        info.put("dimension_unit", null);
        info.put("prices_include_tax", "False");
        info.put("store_owner_info", null);
        info.put("default_warehouse_id", null);
        return info;
    }

    private static Map<String, Object> currency(Marketplace marketplace) {
        Map<String, Object> currency = new LinkedHashMap<>();
        currency.put("name", marketplace.currencyName());
        currency.put("iso3", marketplace.currencyCode());
        currency.put("symbol", marketplace.currencySymbol());
        return currency;
    }

    private static Map<String, Object> credentials(StoreConnection store, SecretState secret) {
        SpApiCredentials credentials = store.credentials();
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("amazon_seller_id", credentials.sellerId());
        view.put("amazon_sp_client_id", credentials.clientId());
        view.put("amazon_sp_client_secret", credentials.clientSecret().masked());
        view.put("amazon_sp_refresh_token", credentials.refreshToken().masked());
        view.put("amazon_sp_aws_region", credentials.region().awsRegion());
        view.put("amazon_sp_api_environment", credentials.environment().wireName());
        view.put("amazon_sp_aws_user_key_id", credentials.iam().map(IamCredentials::accessKeyId).orElse(null));
        view.put("amazon_sp_aws_user_secret",
                credentials.iam().map(iam -> iam.secretAccessKey().masked()).orElse(null));
        view.put("amazon_sp_aws_role_arn", credentials.iam().map(IamCredentials::roleArn).orElse(null));
        view.put("client_secret_set_at", store.secretLifetime().setAt().toString());
        view.putAll(secretLifetime(secret));
        return view;
    }

    /** The client secret's life as of the answer: when it expires, whole days left, its state and why. */
    public static Map<String, Object> secretLifetime(SecretState secret) {
        Map<String, Object> lifetime = new LinkedHashMap<>();
        lifetime.put("client_secret_expires_at", secret.expiresAt().toString());
        lifetime.put("days_left", secret.daysLeft());
        lifetime.put("state", secret.state().name());
        lifetime.put("reason", secret.reason());
        return lifetime;
    }

    private static Map<String, Object> connection(StoreConnection store) {
        Map<String, Object> connection = new LinkedHashMap<>();
        Verification verification = store.verification();
        connection.put("state", verification.state());
        connection.put("last_verified_at", verification.lastVerifiedAt().map(Object::toString).orElse(null));
        connection.put("last_error", verification.lastError().orElse(null));
        return connection;
    }

    private static String url(StoreConnection store) {
        return store.verification().marketplaceIds().stream().findFirst().flatMap(Marketplace::byId).map(Marketplace::url)
                .orElse(null);
    }
}
