package dev.spgateway.authorization.boundary;

import dev.spgateway.api.control.ApiCall;
import dev.spgateway.api.control.ApiException;
import dev.spgateway.api.control.ApiMethod;
import dev.spgateway.api.control.Caller;
import dev.spgateway.api.control.Envelope;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletionStage;
import java.util.regex.Pattern;

/** {@code amazon.authorization.info}: how an authorization went, and once connected, the store it connected. */
@ApplicationScoped
public class AuthorizationInfoMethod implements ApiMethod {

    static final String AUTHORIZATION_ID = "authorization_id";
    private static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    @EJB
    Authorizations authorizations;

    @Override
    public String name() {
        return "amazon.authorization.info";
    }

    @Override
    public CompletionStage<Envelope> invoke(ApiCall call, Caller caller) {
        String id = call.key(AUTHORIZATION_ID, 64).orElseThrow(() -> ApiException.missing(AUTHORIZATION_ID));
        if (!UUID.matcher(id).matches()) {
            throw ApiException.incorrect(AUTHORIZATION_ID, "expected the id amazon.authorization.start answered");
        }
        return Envelope.ok(authorizations.info(caller, id)).now();
    }
}
