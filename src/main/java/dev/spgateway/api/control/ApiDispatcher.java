package dev.spgateway.api.control;

import dev.spgateway.platform.boundary.DatabaseAvailability;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.CompletionStage;

/**
 * Authenticates the caller, then hands the call to its method. The key is checked before the method is
 * looked up so that an anonymous caller learns nothing about which methods exist. While the database is
 * known to be down every call is answered 1 at once: none could be authenticated reliably, and none should
 * queue for a connection.
 */
@ApplicationScoped
public class ApiDispatcher {

    @Inject
    CallerAuthenticator authenticator;

    @Inject
    ApiMethods methods;

    @Inject
    DatabaseAvailability database;

    public CompletionStage<Envelope> dispatch(ApiCall call) {
        if (!database.admits()) {
            throw ApiUnavailable.database();
        }
        String apiKey = call.apiKey().orElseThrow(() -> new ApiException(ReturnCode.INCORRECT_API_KEY,
                "API key is missing: send it in the x-api-key header or the api_key parameter"));
        Caller caller = authenticator.authenticate(apiKey);
        ApiMethod method = methods.find(call.method()).orElseThrow(() -> new ApiException(
                ReturnCode.METHOD_NOT_FOUND, "Method '" + call.method() + "' not found; cart.methods lists them"));
        return method.invoke(call, caller);
    }
}
