package dev.spgateway.authorization.control;

import dev.spgateway.amazon.control.SellingRegion;
import dev.spgateway.api.control.ApiException;
import dev.spgateway.api.control.ReturnCode;
import dev.spgateway.secrets.entity.Secret;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The gateway's own SP-API application, through which sellers connect by consenting in Seller Central, and
 * where Seller Central is per region. Unset, the authorization workflows answer that they are not configured.
 */
@ApplicationScoped
public class OAuthSettings {

    @Inject
    @ConfigProperty(name = "spgateway.oauth.application-id")
    Optional<String> applicationId;

    @Inject
    @ConfigProperty(name = "spgateway.oauth.client-id")
    Optional<String> clientId;

    @Inject
    @ConfigProperty(name = "spgateway.oauth.client-secret")
    Optional<String> clientSecret;

    @Inject
    @ConfigProperty(name = "spgateway.oauth.redirect-uri")
    Optional<String> redirectUri;

    @Inject
    @ConfigProperty(name = "spgateway.oauth.draft", defaultValue = "false")
    boolean draft;

    @Inject
    @ConfigProperty(name = "spgateway.oauth.return-urls")
    Optional<String> returnUrls;

    @Inject
    @ConfigProperty(name = "spgateway.oauth.amazon-callback-origins")
    Optional<String> extraCallbackOrigins;

    @Inject
    @ConfigProperty(name = "spgateway.oauth.state-ttl", defaultValue = "PT10M")
    Duration stateTtl;

    @Inject
    @ConfigProperty(name = "spgateway.sellercentral.na.url")
    String northAmerica;

    @Inject
    @ConfigProperty(name = "spgateway.sellercentral.eu.url")
    String europe;

    @Inject
    @ConfigProperty(name = "spgateway.sellercentral.fe.url")
    String farEast;

    /** The application as configured; 1 (service unavailable) naming what is missing when it is not. */
    public Application application() {
        String missing = applicationId.isEmpty() ? "spgateway.oauth.application-id"
                : clientId.isEmpty() ? "spgateway.oauth.client-id"
                : clientSecret.isEmpty() ? "spgateway.oauth.client-secret"
                : redirectUri.isEmpty() ? "spgateway.oauth.redirect-uri"
                : returnUrls.isEmpty() ? "spgateway.oauth.return-urls" : null;
        if (missing != null) {
            throw new ApiException(ReturnCode.SERVICE_UNAVAILABLE, "The authorization workflows are not configured"
                    + " on this gateway: " + missing + " is not set");
        }
        return new Application(applicationId.get(), clientId.get(), Secret.of(clientSecret.get()),
                redirectUri.get(), draft, list(returnUrls.get()), extraCallbackOrigins.map(OAuthSettings::list)
                        .orElse(List.of()), stateTtl);
    }

    /** The configured client id and secret, when the application is configured at all. */
    public Optional<Application> configured() {
        try {
            return Optional.of(application());
        } catch (ApiException notConfigured) {
            return Optional.empty();
        }
    }

    /** Lists are read as comma-separated text: not every server's config converts to a list inside Optional. */
    static List<String> list(String text) {
        return java.util.Arrays.stream(text.split(",")).map(String::trim).filter(item -> !item.isEmpty()).toList();
    }

    public String sellerCentral(SellingRegion region) {
        return switch (region) {
            case NORTH_AMERICA -> northAmerica;
            case EUROPE -> europe;
            case FAR_EAST -> farEast;
        };
    }

    /** The configuration of the application, read once per use. */
    public record Application(String applicationId, String clientId, Secret clientSecret, String redirectUri,
            boolean draft, List<String> returnUrls, List<String> extraCallbackOrigins, Duration stateTtl) {
    }
}
