package dev.spgateway.authorization.boundary;

import dev.spgateway.amazon.control.SellingRegion;
import dev.spgateway.api.control.ApiCall;
import dev.spgateway.api.control.ApiException;
import dev.spgateway.api.control.ApiMethod;
import dev.spgateway.api.control.Caller;
import dev.spgateway.api.control.Envelope;
import dev.spgateway.authorization.control.AuthorizationRules;
import dev.spgateway.authorization.entity.AuthorizationRequest;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/**
 * {@code amazon.authorization.start}: an authorization URL to send the seller's browser to, for the website
 * workflow, or, given what Amazon sent to the integrator's login page, for the Appstore workflow.
 */
@ApplicationScoped
public class AuthorizationStartMethod implements ApiMethod {

    static final String REGION = "amazon_sp_aws_region";
    static final String CUSTOM_LABEL = "custom_label";
    static final String AMAZON_STATE = "amazon_state";
    private static final int MAX_AMAZON_STATE_LENGTH = 1000;

    @EJB
    Authorizations authorizations;

    @Override
    public String name() {
        return "amazon.authorization.start";
    }

    @Override
    public CompletionStage<Envelope> invoke(ApiCall call, Caller caller) {
        String regionName = call.text(REGION, 32).orElseThrow(() -> ApiException.missing(REGION));
        SellingRegion region = SellingRegion.ofAwsRegion(regionName).orElseThrow(() -> ApiException.incorrect(
                REGION, "expected one of " + SellingRegion.table()));
        String returnUrl = AuthorizationRules.returnUrlShape(call.text(AuthorizationRules.RETURN_URL,
                AuthorizationRequest.MAX_RETURN_URL_LENGTH).orElseThrow(
                        () -> ApiException.missing(AuthorizationRules.RETURN_URL)));
        Optional<String> label = call.label(CUSTOM_LABEL);
        Optional<Authorizations.AppstoreStart> appstore = appstore(call);
        Authorizations.Started started = authorizations.start(caller, region, returnUrl, label, appstore);
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("authorization_id", started.authorizationId());
        result.put("authorization_url", started.authorizationUrl());
        result.put("expires_at", started.expiresAt().toString());
        return Envelope.ok(result).now();
    }

    /** Both of Amazon's values, or neither: one without the other cannot lead back to Amazon. */
    private static Optional<Authorizations.AppstoreStart> appstore(ApiCall call) {
        Optional<String> callbackUri = call.text(AuthorizationRules.CALLBACK_URI,
                AuthorizationRequest.MAX_RETURN_URL_LENGTH).map(AuthorizationRules::callbackUriShape);
        Optional<String> amazonState = call.key(AMAZON_STATE, MAX_AMAZON_STATE_LENGTH);
        if (callbackUri.isPresent() != amazonState.isPresent()) {
            throw ApiException.missing(callbackUri.isPresent() ? AMAZON_STATE : AuthorizationRules.CALLBACK_URI);
        }
        return callbackUri.map(uri -> new Authorizations.AppstoreStart(uri, amazonState.get()));
    }
}
