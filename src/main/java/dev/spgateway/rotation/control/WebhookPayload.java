package dev.spgateway.rotation.control;

import dev.spgateway.platform.control.JsonDocuments;
import jakarta.json.JsonObjectBuilder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The webhook's JSON body and its signature, made as Stripe makes its own:
 * {@code X-Spgateway-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">} with the shared
 * secret. The receiver recomputes the HMAC over the timestamp, a dot and the exact body bytes, compares in
 * constant time, and refuses a timestamp further than its tolerance (the README suggests 5 minutes) from its
 * own clock, so a captured delivery cannot be replayed later. Every attempt is signed afresh.
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
    public static String signature(String body, String secret, Instant at) {
        if (secret == null || secret.isEmpty()) {
            return null;
        }
        long timestamp = at.getEpochSecond();
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update((timestamp + ".").getBytes(StandardCharsets.US_ASCII));
            byte[] hmac = mac.doFinal(body.getBytes(StandardCharsets.UTF_8));
            return "t=" + timestamp + ",v1=" + HexFormat.of().formatHex(hmac);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", e);
        }
    }
}
