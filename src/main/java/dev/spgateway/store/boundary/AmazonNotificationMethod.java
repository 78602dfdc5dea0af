package dev.spgateway.store.boundary;

import dev.spgateway.api.control.ApiCall;
import dev.spgateway.api.control.ApiException;
import dev.spgateway.api.control.ApiMethod;
import dev.spgateway.api.control.Caller;
import dev.spgateway.api.control.Envelope;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.CompletionStage;

/**
 * {@code amazon.notification.process}: takes an Amazon notification a client relays (its JSON as the
 * request body). {@code APPLICATION_OAUTH_CLIENT_SECRET_EXPIRY} sets the expiry of the caller's stores that
 * use the client id; other notification types are refused with 109.
 */
@ApplicationScoped
public class AmazonNotificationMethod implements ApiMethod {

    static final String SECRET_EXPIRY = "APPLICATION_OAUTH_CLIENT_SECRET_EXPIRY";

    @EJB
    Stores stores;

    @Override
    public String name() {
        return "amazon.notification.process";
    }

    @Override
    public CompletionStage<Envelope> invoke(ApiCall call, Caller caller) {
        String type = call.required("notificationType");
        if (!SECRET_EXPIRY.equals(type)) {
            throw ApiException.incorrect("notificationType", "only " + SECRET_EXPIRY + " is processed");
        }
        SecretExpiryNotice notice = SecretExpiryNotice.parse(call.jsonObject("payload")
                .orElseThrow(() -> ApiException.missing("payload")), java.time.Instant.now());
        int updated = stores.secretExpiryAnnounced(caller, notice.clientId(), notice.expiresAt());
        return Envelope.ok(Map.of("updated_items", updated)).now();
    }
}
