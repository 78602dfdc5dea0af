package dev.spgateway.rotation.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Posts each alert to {@code spgateway.rotation.webhook.url}, signed with {@code spgateway.rotation.webhook.secret},
 * when a URL is configured. The URL is checked when the channel is created, at startup.
 */
@ApplicationScoped
public class WebhookChannel implements AlertChannel {

    public static final String NAME = "webhook";
    private static final Logger LOG = Logger.getLogger(WebhookChannel.class.getName());

    @Inject
    @ConfigProperty(name = WebhookTarget.PROPERTY)
    Optional<String> url;

    @Inject
    @ConfigProperty(name = "spgateway.rotation.webhook.secret")
    Optional<String> secret;

    @Inject
    WebhookSender sender;

    private Optional<URI> target;

    @PostConstruct
    void init() {
        target = WebhookTarget.parse(url);
        if (target.isPresent() && secret.filter(s -> !s.isEmpty()).isEmpty()) {
            LOG.warning("spgateway.rotation.webhook.secret is not set: rotation alerts go out unsigned");
        }
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean enabled() {
        return target.isPresent();
    }

    /** The host alerts go to, for the startup log: the rest of the URL may carry a token. */
    public Optional<String> host() {
        return target.map(URI::getHost);
    }

    @Override
    public void deliver(CredentialExpiryAlert alert) {
        sender.post(target.orElseThrow(() -> new IllegalStateException("no webhook is configured")),
                WebhookPayload.body(alert), secret.orElse(""));
    }
}
