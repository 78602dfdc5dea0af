package dev.spgateway.store.boundary;

import dev.spgateway.api.control.ApiCall;
import dev.spgateway.api.control.Caller;
import dev.spgateway.api.control.Envelope;
import dev.spgateway.store.control.AmazonNotificationHandler;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletionStage;

/** {@code APPLICATION_OAUTH_CLIENT_SECRET_EXPIRY}: the caller's stores of that client id take Amazon's date. */
@ApplicationScoped
public class SecretExpiryNotifications implements AmazonNotificationHandler {

    static final String SECRET_EXPIRY = "APPLICATION_OAUTH_CLIENT_SECRET_EXPIRY";

    @EJB
    Stores stores;

    @Override
    public String notificationType() {
        return SECRET_EXPIRY;
    }

    @Override
    public CompletionStage<Envelope> process(ApiCall call, Caller caller) {
        SecretExpiryNotice notice = SecretExpiryNotice.parse(AmazonNotificationHandler.payload(call), Instant.now());
        int updated = stores.secretExpiryAnnounced(caller, notice.clientId(), notice.expiresAt());
        return Envelope.ok(Map.of("updated_items", updated)).now();
    }
}
