package dev.spgateway.authorization.boundary;

import dev.spgateway.amazon.control.SellingRegion;
import dev.spgateway.api.control.ApiException;
import dev.spgateway.api.control.Caller;
import dev.spgateway.api.control.ReturnCode;
import dev.spgateway.authorization.control.AuthorizationRules;
import dev.spgateway.authorization.control.AuthorizationUrls;
import dev.spgateway.authorization.control.AuthorizationWrites;
import dev.spgateway.authorization.control.OAuthSettings;
import dev.spgateway.authorization.control.StateTokens;
import dev.spgateway.authorization.entity.AuthorizationRequest;
import dev.spgateway.authorization.entity.AuthorizationStatus;
import dev.spgateway.authorization.entity.Workflow;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Starts authorizations of the gateway's own application and tells an API account how its authorizations
 * went. The state is handed out once, in the URL of the answer, and kept only as its hash.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Authorizations {

    @PersistenceContext
    EntityManager em;

    @Inject
    OAuthSettings settings;

    @EJB
    AuthorizationWrites writes;

    Clock clock = Clock.systemUTC();

    /** The Appstore's part of a start: what Amazon sent to the integrator's login page. */
    public record AppstoreStart(String amazonCallbackUri, String amazonState) {
    }

    public record Started(String authorizationId, String authorizationUrl, Instant expiresAt) {
    }

    public Started start(Caller caller, SellingRegion region, String returnUrl, Optional<String> customLabel,
            Optional<AppstoreStart> appstore) {
        OAuthSettings.Application app = settings.application();
        AuthorizationRules.returnUrl(returnUrl, app.returnUrls());
        appstore.ifPresent(start -> AuthorizationRules.amazonCallbackUri(start.amazonCallbackUri(),
                app.extraCallbackOrigins()));
        String state = StateTokens.newState();
        Instant now = clock.instant();
        AuthorizationRequest request = new AuthorizationRequest(caller.accountId(), StateTokens.hash(state), region,
                appstore.isPresent() ? Workflow.APPSTORE : Workflow.WEBSITE, returnUrl, customLabel.orElse(null),
                now, now.plus(app.stateTtl()));
        writes.create(request);
        String url = appstore
                .map(start -> AuthorizationUrls.appstore(start.amazonCallbackUri(), start.amazonState(), app, state))
                .orElseGet(() -> AuthorizationUrls.consent(settings.sellerCentral(region), app, state));
        return new Started(request.id(), url, request.expiresAt());
    }

    /** An authorization of the caller's; another account's answers 112, as one that never existed. */
    public Map<String, Object> info(Caller caller, String authorizationId) {
        AuthorizationRequest request = Optional.ofNullable(em.find(AuthorizationRequest.class, authorizationId))
                .filter(found -> found.belongsTo(caller.accountId()))
                .orElseThrow(() -> new ApiException(ReturnCode.NOT_FOUND, "Authorization not found"));
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("authorization_id", request.id());
        AuthorizationStatus status = request.status();
        Instant now = clock.instant();
        boolean lapsed = status == AuthorizationStatus.PENDING && request.expiredAt(now);
        boolean interrupted = request.interruptedAt(now);
        answer.put("status", lapsed ? "expired" : interrupted ? AuthorizationStatus.ERROR.wireName() : status.wireName());
        answer.put("amazon_sp_aws_region", request.region().awsRegion());
        answer.put("workflow", request.workflow().name().toLowerCase(java.util.Locale.ROOT));
        answer.put("expires_at", request.expiresAt().toString());
        if (request.errorCode() != null || interrupted) {
            answer.put("error", interrupted ? AuthorizationRequest.INTERRUPTED : request.errorCode());
        }
        if (status == AuthorizationStatus.CONNECTED) {
            answer.put("store_key", request.storeKey());
            answer.put("amazon_seller_id", request.sellerId());
            answer.put("marketplaces", request.marketplaceIds());
        }
        return answer;
    }
}
