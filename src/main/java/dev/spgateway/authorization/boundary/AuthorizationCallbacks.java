package dev.spgateway.authorization.boundary;

import dev.spgateway.amazon.control.LwaCodeGrant;
import dev.spgateway.amazon.control.LwaFailure;
import dev.spgateway.amazon.control.SpApiCredentials;
import dev.spgateway.amazon.control.SpApiEnvironment;
import dev.spgateway.api.control.ApiException;
import dev.spgateway.api.control.ReturnCode;
import dev.spgateway.authorization.control.AuthorizationUrls;
import dev.spgateway.authorization.control.AuthorizationWrites;
import dev.spgateway.authorization.control.CallbackError;
import dev.spgateway.authorization.control.CallbackOutcome;
import dev.spgateway.authorization.control.OAuthSettings;
import dev.spgateway.authorization.control.StateTokens;
import dev.spgateway.authorization.entity.AuthorizationRequest;
import dev.spgateway.platform.control.RemoteFailure;
import dev.spgateway.secrets.entity.Secret;
import dev.spgateway.store.boundary.Stores;
import dev.spgateway.store.control.ConnectedStore;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * Amazon's redirect after the seller's decision. The state is claimed first, in a transaction of its own, so
 * a replayed URL finds it used; then the code is exchanged at once (LWA takes it within 5 minutes, once) and
 * the seller is checked live exactly as account.cart.add checks pasted credentials, before anything is stored.
 * Nothing here logs the state, the code or a token.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AuthorizationCallbacks {

    private static final Logger LOG = Logger.getLogger(AuthorizationCallbacks.class.getName());
    private static final Pattern SELLER = Pattern.compile("A[0-9A-Z]{6,20}");
    private static final Pattern CODE = Pattern.compile("[\\x21-\\x7e]{1,512}");

    @Inject
    OAuthSettings settings;

    @EJB
    AuthorizationWrites writes;

    @EJB
    Stores stores;

    @Inject
    LwaCodeGrant codes;

    Clock clock = Clock.systemUTC();

    /** What Amazon appended to the redirect URI. */
    public record Callback(String state, String code, String sellerId, String error) {
    }

    public CallbackOutcome complete(Callback callback) {
        if (!StateTokens.wellFormed(callback.state())) {
            return CallbackOutcome.page(400, "Authorization not recognised", "This link does not belong to an"
                    + " authorization started at this gateway. Start connecting your Amazon account again from the"
                    + " application you came from.");
        }
        String stateHash = StateTokens.hash(callback.state());
        Optional<AuthorizationRequest> claimed = writes.claim(stateHash, clock.instant());
        if (claimed.isEmpty()) {
            return notClaimed(stateHash);
        }
        AuthorizationRequest request = claimed.get();
        if (callback.error() != null) {
            writes.cancelled(request.id(), clock.instant());
            LOG.info(() -> "authorization " + request.id() + " was cancelled at Seller Central");
            return back(request, "cancelled", Optional.empty());
        }
        try {
            ConnectedStore store = connect(request, callback);
            writes.connected(request.id(), store.storeKey(), store.sellerId(), store.marketplaces(), clock.instant());
            LOG.info(() -> "authorization " + request.id() + " connected seller " + store.sellerId()
                    + (store.reauthorized() ? " again (refresh token replaced)" : ""));
            return back(request, "connected", Optional.empty());
        } catch (Refused refused) {
            writes.failed(request.id(), refused.error.code(), clock.instant());
            LOG.info(() -> "authorization " + request.id() + " failed (" + refused.error.code() + "): "
                    + refused.getMessage());
            return back(request, "error", Optional.of(refused.error.code()));
        } catch (RuntimeException unexpected) {
            writes.failed(request.id(), CallbackError.INTERNAL_ERROR.code(), clock.instant());
            LOG.log(Level.WARNING, "authorization " + request.id() + " failed inside the gateway: "
                    + unexpected.getClass().getName());
            return back(request, "error", Optional.of(CallbackError.INTERNAL_ERROR.code()));
        }
    }

    private ConnectedStore connect(AuthorizationRequest request, Callback callback) {
        if (callback.code() == null || !CODE.matcher(callback.code()).matches()) {
            throw new Refused(CallbackError.INVALID_CALLBACK, "Amazon's redirect carried no usable code");
        }
        if (callback.sellerId() == null || !SELLER.matcher(callback.sellerId()).matches()) {
            throw new Refused(CallbackError.INVALID_CALLBACK, "Amazon's redirect carried no usable selling_partner_id");
        }
        OAuthSettings.Application app = settings.application();
        Secret refreshToken = exchange(app, callback.code());
        SpApiCredentials credentials = new SpApiCredentials(callback.sellerId(), app.clientId(), app.clientSecret(),
                refreshToken, request.region(), SpApiEnvironment.PRODUCTION, Optional.empty());
        try {
            return stores.connectAuthorized(request.accountId(), credentials,
                    Optional.ofNullable(request.customLabel()));
        } catch (ApiException e) {
            throw new Refused(e.returnCode() == ReturnCode.SERVICE_UNAVAILABLE ? CallbackError.AMAZON_UNAVAILABLE
                    : CallbackError.VERIFICATION_FAILED, e.getMessage());
        }
    }

    private Secret exchange(OAuthSettings.Application app, String code) {
        try {
            return codes.refreshToken(app.clientId(), app.clientSecret(), code, Optional.of(app.redirectUri()));
        } catch (LwaFailure e) {
            throw new Refused(e.isInvalidClient() ? CallbackError.APPLICATION_REJECTED : CallbackError.INVALID_CODE,
                    "Login with Amazon refused the code (" + e.error() + ")");
        } catch (RemoteFailure e) {
            throw new Refused(CallbackError.AMAZON_UNAVAILABLE, e.getMessage());
        }
    }

    private CallbackOutcome notClaimed(String stateHash) {
        Optional<AuthorizationRequest> found = writes.findByState(stateHash);
        if (found.isEmpty()) {
            return CallbackOutcome.page(400, "Authorization not recognised", "This link does not belong to an"
                    + " authorization started at this gateway. Start connecting your Amazon account again from the"
                    + " application you came from.");
        }
        AuthorizationRequest request = found.get();
        if (!request.status().finished() && request.expiredAt(clock.instant())) {
            return back(request, "error", Optional.of(CallbackError.EXPIRED_STATE.code()));
        }
        // used already: the page it led to was shown once; a replay learns nothing and changes nothing
        return CallbackOutcome.page(409, "Authorization link already used", "This authorization link was used"
                + " already and cannot be used again. Go back to the application you came from to see whether your"
                + " Amazon account is connected.");
    }

    private static CallbackOutcome back(AuthorizationRequest request, String status, Optional<String> error) {
        return CallbackOutcome.redirect(AuthorizationUrls.outcome(request.returnUrl(), request.id(), status, error));
    }

    /** A refusal with the code the return URL carries; its message goes to the log, never into the URL. */
    private static final class Refused extends RuntimeException {

        private static final long serialVersionUID = 1L;
        private final transient CallbackError error;

        Refused(CallbackError error, String message) {
            super(message, null, false, false);
            this.error = error;
        }
    }
}
