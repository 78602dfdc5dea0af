package dev.spgateway.store.control;

import dev.spgateway.amazon.control.AssumedRoles;
import dev.spgateway.amazon.control.LwaFailure;
import dev.spgateway.amazon.control.LwaTokens;
import dev.spgateway.amazon.control.Marketplace;
import dev.spgateway.amazon.control.Participation;
import dev.spgateway.amazon.control.SellingRegion;
import dev.spgateway.amazon.control.Sellers;
import dev.spgateway.amazon.control.SpApiCredentials;
import dev.spgateway.amazon.control.SpApiFailure;
import dev.spgateway.amazon.control.StsFailure;
import dev.spgateway.api.control.ApiException;
import dev.spgateway.api.control.RemoteFailures;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/**
 * Checks a set of credentials live, step by step, so that each kind of mistake gets its own explanation:
 * the LWA exchange, STS AssumeRole for the IAM setup, then the seller's marketplaces and their region.
 */
@ApplicationScoped
public class StoreVerifier {

    @Inject
    LwaTokens tokens;

    @Inject
    AssumedRoles roles;

    @Inject
    Sellers sellers;

    /** The ids of the seller's marketplaces in the store's region. */
    public List<String> verify(SpApiCredentials credentials) {
        exchangeToken(credentials);
        credentials.iam().ifPresent(this::assumeRole);
        List<Participation> participations = participations(credentials);
        return marketplacesOfRegion(credentials.region(), participations);
    }

    private void exchangeToken(SpApiCredentials credentials) {
        try {
            tokens.token(credentials);
        } catch (LwaFailure e) {
            throw RemoteFailures.toApi(e, lwaMessage(e));
        } catch (RuntimeException e) {
            throw RemoteFailures.toApi(e);
        }
    }

    static String lwaMessage(LwaFailure e) {
        if (e.isInvalidClient()) {
            return "Login with Amazon refused the client (invalid_client): amazon_sp_client_id or "
                    + "amazon_sp_client_secret is wrong or has expired. LWA client secrets expire 180 days after "
                    + "they are issued; rotate it in Developer Central and send the new one with "
                    + "account.config.update.";
        }
        if (e.isInvalidGrant()) {
            return "Login with Amazon refused the refresh token (invalid_grant): amazon_sp_refresh_token was "
                    + "revoked or belongs to another application than amazon_sp_client_id. Ask the seller to "
                    + "authorize the application again and use the new refresh token.";
        }
        return "Login with Amazon refused the credentials (" + e.error() + "): " + e.getMessage();
    }

    private void assumeRole(dev.spgateway.amazon.control.IamCredentials iam) {
        try {
            roles.credentials(iam);
        } catch (StsFailure e) {
            throw RemoteFailures.toApi(e, stsMessage(e));
        } catch (RuntimeException e) {
            throw RemoteFailures.toApi(e);
        }
    }

    static String stsMessage(StsFailure e) {
        if ("AccessDenied".equals(e.code())) {
            return "AWS STS refused AssumeRole (AccessDenied): the IAM user amazon_sp_aws_user_key_id may not "
                    + "assume amazon_sp_aws_role_arn. Give the user the sts:AssumeRole permission on that role "
                    + "(the IAM policy of the SP-API setup guide) and make sure the role trusts the user.";
        }
        if ("InvalidClientTokenId".equals(e.code()) || "SignatureDoesNotMatch".equals(e.code())) {
            return "AWS STS refused the IAM user's access key (" + e.code() + "): amazon_sp_aws_user_key_id or "
                    + "amazon_sp_aws_user_secret is wrong or was deactivated.";
        }
        return "AWS STS refused AssumeRole (" + e.code() + "): " + e.getMessage();
    }

    private List<Participation> participations(SpApiCredentials credentials) {
        try {
            return sellers.participations(credentials);
        } catch (SpApiFailure e) {
            if (e.isUnauthorized()) {
                throw RemoteFailures.toApi(e, "Amazon refused access to the seller's account (" + e.code()
                        + "): the seller needs a Professional selling plan, and the application must be "
                        + "authorized by this seller (amazon_seller_id) with the roles it uses. Amazon said: "
                        + e.getMessage());
            }
            throw RemoteFailures.toApi(e);
        } catch (RuntimeException e) {
            throw RemoteFailures.toApi(e);
        }
    }

    static List<String> marketplacesOfRegion(SellingRegion region, List<Participation> participations) {
        List<String> inRegion = participations.stream()
                .filter(Participation::participating)
                .map(Participation::marketplaceId)
                .filter(id -> Marketplace.byId(id).map(m -> m.region() == region).orElse(false))
                .toList();
        if (!inRegion.isEmpty()) {
            return inRegion;
        }
        String found = participations.isEmpty() ? "none" : String.join(", ", participations.stream()
                .map(p -> p.marketplaceId() + " (" + Optional.ofNullable(p.name()).orElse(p.countryCode()) + ", "
                        + Marketplace.byId(p.marketplaceId()).map(m -> m.region().displayName() + " "
                                + m.region().awsRegion()).orElse("unknown region") + ")")
                .toList());
        throw ApiException.incorrect("amazon_sp_aws_region", "the seller sells in no marketplace of "
                + region.displayName() + " " + region.awsRegion() + "; marketplaces found: " + found
                + ". Regions: " + SellingRegion.table());
    }
}
