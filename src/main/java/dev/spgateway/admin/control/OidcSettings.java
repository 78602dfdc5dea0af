package dev.spgateway.admin.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The console's OpenID Connect provider and client. Jakarta Security reads no MicroProfile Config of its own,
 * so the mechanism definition takes these values as EL expressions ({@code ${spgatewayOidc.providerURI}}).
 */
@Named("spgatewayOidc")
@ApplicationScoped
public class OidcSettings {

    /**
     * A well-formed stand-in while no provider is configured. It is never contacted: without a provider the
     * console does not start a sign-in at all (admin.boundary.SignInFailures), and nothing listens there.
     */
    static final String UNCONFIGURED = "http://127.0.0.1:9/spgateway-oidc-provider-not-configured";

    @Inject
    @ConfigProperty(name = "spgateway.oidc.provider-uri")
    Optional<String> providerUri;

    @Inject
    @ConfigProperty(name = "spgateway.oidc.client-id")
    String clientId;

    @Inject
    @ConfigProperty(name = "spgateway.oidc.client-secret")
    Optional<String> clientSecret;

    @Inject
    @ConfigProperty(name = "spgateway.oidc.groups-claim")
    String groupsClaim;

    public boolean isConfigured() {
        return providerUri.filter(uri -> !uri.isBlank()).isPresent();
    }

    public String getProviderURI() {
        return providerUri.filter(uri -> !uri.isBlank()).map(OidcSettings::withoutTrailingSlash).orElse(UNCONFIGURED);
    }

    public String getClientId() {
        return clientId;
    }

    public String getClientSecret() {
        return clientSecret.orElse("");
    }

    public String getGroupsClaim() {
        return groupsClaim;
    }

    private static String withoutTrailingSlash(String uri) {
        return uri.endsWith("/") ? uri.substring(0, uri.length() - 1) : uri;
    }
}
