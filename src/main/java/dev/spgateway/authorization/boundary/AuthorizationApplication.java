package dev.spgateway.authorization.boundary;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import java.util.Set;

/**
 * Where Amazon sends the seller's browser back ({@code spgateway.oauth.redirect-uri} points here). An
 * application of its own: the seller's browser gets redirects and HTML, never the API's envelopes.
 */
@ApplicationPath("amazon/authorization")
public class AuthorizationApplication extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(AuthorizationCallbackResource.class);
    }

    @Override
    public Map<String, Object> getProperties() {
        return Map.of("jersey.config.server.wadl.disableWadl", true);
    }
}
