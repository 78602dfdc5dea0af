package dev.spgateway.amazon.control;

import dev.spgateway.platform.control.JsonDocuments;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.function.Function;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.rest.client.RestClientBuilder;

/**
 * Every SP-API call goes through here: it authenticates (LWA token, and SigV4 for the legacy IAM setup),
 * waits for the usage plan of the credentials' holder, renews a token Amazon calls expired once, and retries
 * throttling, server errors and connection failures (MicroProfile Fault Tolerance: bounded count and
 * duration, with jitter; tunable in config). A 429 also empties the usage-plan bucket with an exponentially growing debt, so retries after
 * throttling back off exponentially, and give up with 110 once the pause would exceed the allowed wait.
 */
@ApplicationScoped
public class SpApiCalls {

    private static final String EXPIRED_TOKEN = "access token you provided has expired";

    @Inject
    LwaTokens tokens;

    @Inject
    AssumedRoles roles;

    @Inject
    UsagePlans usagePlans;

    @Inject
    SpApiEndpoints endpoints;

    @Inject
    SpApiStatistics statistics;

    @Inject
    @ConfigProperty(name = "spgateway.spapi.connect-timeout")
    Duration connectTimeout;

    @Inject
    @ConfigProperty(name = "spgateway.spapi.read-timeout")
    Duration readTimeout;

    @Retry(maxRetries = 3, delay = 1, delayUnit = ChronoUnit.SECONDS, jitter = 500,
            maxDuration = 60, durationUnit = ChronoUnit.SECONDS,
            retryOn = {TransientSpApiFailure.class, SpApiUnavailable.class})
    public <A extends AutoCloseable> SpApiResponse call(SpApiCredentials credentials, SpApiOperation operation,
            Class<A> api, Function<A, Response> invocation) {
        // the token first: credentials LWA refuses spend no usage-plan token and create no bucket
        AccessToken token = tokens.token(credentials);
        String sellerKey = credentials.usagePlanKey();
        awaitUsagePlan(sellerKey, operation);
        SpApiResponse response = send(credentials, token, api, invocation);
        statistics.record(operation, response.status());
        if (response.status() == 403 && response.body().contains(EXPIRED_TOKEN)) {
            tokens.invalidate(credentials, token);
            response = send(credentials, tokens.token(credentials), api, invocation);
            statistics.record(operation, response.status());
        }
        usagePlans.observe(sellerKey, operation, response.rateLimit());
        if (response.status() == 429) {
            usagePlans.throttled(sellerKey, operation);
        } else {
            usagePlans.answered(sellerKey, operation);
        }
        if (response.isSuccess()) {
            return response;
        }
        throw failure(response);
    }

    /** The requests the usage plan of the credentials' holder allows right now, without waiting. */
    public double spare(SpApiCredentials credentials, SpApiOperation operation) {
        return usagePlans.available(credentials.usagePlanKey(), operation);
    }

    private void awaitUsagePlan(String sellerKey, SpApiOperation operation) {
        try {
            if (!usagePlans.acquire(sellerKey, operation)) {
                throw new SpApiFailure(429, "QuotaExceeded", "The usage plan of " + operation.operationId()
                        + " allows no further request within the allowed wait");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SpApiUnavailable("interrupted while waiting for the usage plan");
        }
    }

    /** One exchange with Amazon; not private, so that the decisions around it are tested without a network. */
    <A extends AutoCloseable> SpApiResponse send(SpApiCredentials credentials, AccessToken token,
            Class<A> api, Function<A, Response> invocation) {
        Optional<AssumedRoles.RoleCredentials> role = credentials.iam().map(roles::credentials);
        A client = RestClientBuilder.newBuilder()
                .baseUri(endpoints.endpoint(credentials.region(), credentials.environment()))
                .connectTimeout(connectTimeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)
                .readTimeout(readTimeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)
                .property("microprofile.rest.client.disable.default.mapper", true)
                .register(new SpApiAuthFilter(token, role, credentials.region().awsRegion()))
                .build(api);
        try (client; Response response = invocation.apply(client)) {
            String body = response.hasEntity() ? response.readEntity(String.class) : "";
            return new SpApiResponse(response.getStatus(), body,
                    response.getHeaderString("x-amzn-RateLimit-Limit"));
        } catch (ProcessingException e) {
            throw new SpApiUnavailable("Amazon SP-API could not be reached: " + e.getClass().getSimpleName());
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new SpApiUnavailable("Amazon SP-API call failed: " + e.getClass().getSimpleName());
        }
    }

    static SpApiFailure failure(SpApiResponse response) {
        String code = "HTTP" + response.status();
        String message = "Amazon answered HTTP " + response.status();
        try (JsonReader reader = JsonDocuments.reader(response.body())) {
            JsonArray errors = reader.readObject().getJsonArray("errors");
            if (errors != null && !errors.isEmpty()) {
                JsonObject first = errors.getJsonObject(0);
                code = first.getString("code", code);
                message = first.getString("message", message);
            }
        } catch (RuntimeException notJson) {
            // keep the status-based description
        }
        if (response.status() == 429 || response.status() >= 500) {
            return new TransientSpApiFailure(response.status(), code, message);
        }
        return new SpApiFailure(response.status(), code, message);
    }
}
