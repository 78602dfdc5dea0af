package dev.spgateway.amazon.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import org.eclipse.microprofile.config.Config;

/**
 * Where each region's SP-API lives: {@code spgateway.spapi.<na|eu|fe>.url} for production and
 * {@code spgateway.spapi.sandbox.<na|eu|fe>.url} for Amazon's sandbox.
 */
@ApplicationScoped
public class SpApiEndpoints {

    @Inject
    Config config;

    public URI endpoint(SellingRegion region, SpApiEnvironment environment) {
        String key = environment == SpApiEnvironment.SANDBOX
                ? "spgateway.spapi.sandbox." + region.code() + ".url"
                : "spgateway.spapi." + region.code() + ".url";
        return URI.create(config.getValue(key, String.class));
    }
}
