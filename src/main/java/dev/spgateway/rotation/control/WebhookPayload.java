package dev.spgateway.rotation.control;

import dev.spgateway.platform.control.JsonDocuments;
import jakarta.json.JsonObjectBuilder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The webhook's JSON body and its signature: HMAC-SHA256 of the exact body bytes with the shared secret,
 * sent as {@code X-Spgateway-Signature: sha256=<hex>} so the receiver can check origin and integrity.
 */
public final class WebhookPayload {

    public static final String SIGNATURE_HEADER = "X-Spgateway-Signature";
    public static final String EVENT = "client_secret_expiry";

    private WebhookPayload() {
    }

    public static String body(CredentialExpiryAlert alert) {
        JsonObjectBuilder json = JsonDocuments.objectBuilder()
                .add("event", EVENT)
                .add("alert_id", alert.alertId())
                .add("store_key", alert.storeKey())
                .add("store_id", alert.storeId())
                .add("amazon_seller_id", alert.sellerId())
                .add("amazon_sp_client_id", alert.clientId())
                .add("state", alert.state().name())
                .add("days_left", alert.daysLeft())
                .add("threshold_days", alert.thresholdDays())
                .add("client_secret_expires_at", alert.expiresAt().toString())
                .add("created_at", alert.createdAt().toString());
        if (alert.customLabel() != null) {
            json.add("custom_label", alert.customLabel());
        }
        if (alert.reason() != null) {
            json.add("reason", alert.reason());
        }
        return json.build().toString();
    }

    /** Null without a shared secret: the alert then goes out unsigned, and the log says so. */
    public static String signature(String body, String secret) {
        if (secret == null || secret.isEmpty()) {
            return null;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", e);
        }
    }
}
