package dev.spgateway.rotation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Sends each alert to {@code spgateway.rotation.webhook.url}, when one is configured. */
@ApplicationScoped
public class WebhookNotifier {

    private static final Logger LOG = Logger.getLogger(WebhookNotifier.class.getName());

    @Inject
    @ConfigProperty(name = "spgateway.rotation.webhook.url")
    Optional<String> url;

    @Inject
    @ConfigProperty(name = "spgateway.rotation.webhook.secret")
    Optional<String> secret;

    @Inject
    WebhookSender sender;

    void notify(@Observes CredentialExpiryAlert alert) {
        if (url.filter(u -> !u.isBlank()).isEmpty()) {
            return;
        }
        String body = WebhookPayload.body(alert);
        String shared = secret.filter(s -> !s.isEmpty()).orElse(null);
        if (shared == null) {
            LOG.warning("spgateway.rotation.webhook.secret is not set: rotation alerts go out unsigned");
        }
        sender.post(URI.create(url.get()), body, shared).whenComplete((status, failure) -> {
            if (failure != null) {
                LOG.warning(() -> "Rotation alert " + alert.alertId() + " for " + alert.storeName()
                        + " could not be delivered to the webhook: " + failure.getMessage());
            }
        });
    }
}
