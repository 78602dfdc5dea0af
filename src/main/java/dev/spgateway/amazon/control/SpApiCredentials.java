package dev.spgateway.amazon.control;

import dev.spgateway.secrets.entity.Secret;
import java.util.Optional;

/**
 * What it takes to call SP-API for one seller: the LWA application, the seller's grant, and where. The
 * {@code quotaOwner} is an opaque name of whoever holds these credentials; the usage plans it spends belong
 * to it alone, so a seller id claimed by another holder never reaches its buckets.
 */
public record SpApiCredentials(
        String sellerId,
        String clientId,
        Secret clientSecret,
        Secret refreshToken,
        SellingRegion region,
        SpApiEnvironment environment,
        Optional<IamCredentials> iam,
        String quotaOwner) {

    public SpApiCredentials {
        if (sellerId == null || clientId == null || clientSecret == null || refreshToken == null
                || region == null || environment == null || iam == null) {
            throw new IllegalArgumentException("seller, client id and secret, refresh token, region and environment are required");
        }
    }

    /** Credentials whose holder is not known yet: they name no usage plan until {@link #ownedBy}. */
    public SpApiCredentials(String sellerId, String clientId, Secret clientSecret, Secret refreshToken,
            SellingRegion region, SpApiEnvironment environment, Optional<IamCredentials> iam) {
        this(sellerId, clientId, clientSecret, refreshToken, region, environment, iam, null);
    }

    public SpApiCredentials ownedBy(String owner) {
        if (owner == null || owner.isBlank()) {
            throw new IllegalArgumentException("a quota owner is named");
        }
        return new SpApiCredentials(sellerId, clientId, clientSecret, refreshToken, region, environment, iam, owner);
    }

    /**
     * The usage plans these credentials spend: Amazon keeps one per application and seller in a region,
     * and the gateway keeps them apart per holder as well.
     */
    public String usagePlanKey() {
        if (quotaOwner == null) {
            throw new IllegalStateException("credentials without a quota owner spend no usage plan");
        }
        return quotaOwner + "/" + clientId + "/" + sellerId + "/" + region.code();
    }
}
