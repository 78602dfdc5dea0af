package dev.spgateway.amazon.control;

import dev.spgateway.secrets.entity.Secret;
import java.util.Optional;

/** What it takes to call SP-API for one seller: the LWA application, the seller's grant, and where. */
public record SpApiCredentials(
        String sellerId,
        String clientId,
        Secret clientSecret,
        Secret refreshToken,
        SellingRegion region,
        SpApiEnvironment environment,
        Optional<IamCredentials> iam) {

    public SpApiCredentials {
        if (sellerId == null || clientId == null || clientSecret == null || refreshToken == null
                || region == null || environment == null || iam == null) {
            throw new IllegalArgumentException("seller, client id and secret, refresh token, region and environment are required");
        }
    }
}
