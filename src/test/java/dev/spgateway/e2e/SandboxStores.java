package dev.spgateway.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.spgateway.sandbox.control.SandboxControl;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Sellers registered in the sandbox and connected to the gateway as stores. */
final class SandboxStores {

    static final String US = "ATVPDKIKX0DER";

    private SandboxStores() {
    }

    /** A store in the US marketplace whose listings report takes {@code inQueue} on the sandbox's clock. */
    static Store connect(SandboxControl control, GatewayClient client, int listings, Duration inQueue) {
        return connect(control, client, US, "us-east-1", listings, inQueue, Duration.ZERO);
    }

    /**
     * A seller of one marketplace with a generated catalog (seeded by its id, so a test can rebuild it),
     * connected as a store; its listings report spends the given durations queued and in progress.
     */
    static Store connect(SandboxControl control, GatewayClient client, String marketplace, String region,
            int listings, Duration inQueue, Duration inProgress) {
        SandboxControl.AppCredentials app = control.registerApplication(false);
        String sellerId = control.registerSeller(List.of(marketplace)).sellerId();
        String refreshToken = control.authorize(sellerId, app.clientId());
        control.setReportDurations(sellerId, inQueue, inProgress);
        control.updateCatalog(sellerId, catalog -> catalog.withSize(listings).withSeed(sellerId.hashCode()));
        JsonObject added = client.post("account.cart.add", cartAddParameters(app, sellerId, refreshToken, region));
        assertEquals(0, added.getInt("return_code"), added.toString());
        return new Store(sellerId, added.getJsonObject("result").getString("store_key"), app.clientId());
    }

    /** account.cart.add's parameters for an authorised seller, without the legacy AWS trio. */
    static Map<String, Object> cartAddParameters(SandboxControl.AppCredentials app, String sellerId,
            String refreshToken, String region) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("cart_id", "AmazonSP");
        parameters.put("amazon_seller_id", sellerId);
        parameters.put("amazon_sp_client_id", app.clientId());
        parameters.put("amazon_sp_client_secret", app.clientSecret());
        parameters.put("amazon_sp_refresh_token", refreshToken);
        parameters.put("amazon_sp_aws_region", region);
        return parameters;
    }

    record Store(String sellerId, String key, String clientId) {
    }
}
