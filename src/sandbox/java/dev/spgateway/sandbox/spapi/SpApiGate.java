package dev.spgateway.sandbox.spapi;

import com.sun.net.httpserver.HttpExchange;
import dev.spgateway.sandbox.control.CallLog;
import dev.spgateway.sandbox.control.CallRecord;
import dev.spgateway.sandbox.control.Fault;
import dev.spgateway.sandbox.control.Faults;
import dev.spgateway.sandbox.http.Json;
import dev.spgateway.sandbox.http.Responses;
import dev.spgateway.sandbox.http.SandboxRequest;
import dev.spgateway.sandbox.lwa.Application;
import dev.spgateway.sandbox.lwa.Grant;
import dev.spgateway.sandbox.lwa.LwaRegistry;
import dev.spgateway.sandbox.sellers.Marketplace;
import dev.spgateway.sandbox.sellers.Seller;
import dev.spgateway.sandbox.sellers.SellerRegistry;
import dev.spgateway.sandbox.sigv4.SigV4Verifier;
import dev.spgateway.sandbox.sigv4.SigningKey;
import dev.spgateway.sandbox.sts.IamRegistry;
import dev.spgateway.sandbox.usageplan.UsagePlans;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Everything an SP-API call passes before its operation runs, in Amazon's order: scripted faults, the LWA
 * access token (or RDT), SigV4 for legacy-IAM sellers, then the usage plan.
 */
public final class SpApiGate {

    private final Clock clock;
    private final LwaRegistry lwa;
    private final SellerRegistry sellers;
    private final IamRegistry iam;
    private final SigV4Verifier verifier;
    private final UsagePlans usagePlans;
    private final Faults faults;
    private final CallLog calls;
    private final List<Route> routes = new ArrayList<>();
    /** By route, not operation id: Orders v0 and Orders 2026-01-01 both name an operation getOrder. */
    private final Map<Route, SpApiHandler> handlers = new LinkedHashMap<>();

    public SpApiGate(Clock clock, LwaRegistry lwa, SellerRegistry sellers, IamRegistry iam, SigV4Verifier verifier,
                     UsagePlans usagePlans, Faults faults, CallLog calls) {
        this.clock = clock;
        this.lwa = lwa;
        this.sellers = sellers;
        this.iam = iam;
        this.verifier = verifier;
        this.usagePlans = usagePlans;
        this.faults = faults;
        this.calls = calls;
    }

    public void register(String operationId, String method, String template, SpApiHandler handler) {
        Route route = Route.of(operationId, method, template);
        routes.add(route);
        handlers.put(route, handler);
    }

    /** Answers the call if a registered operation matches; false leaves the request to others. */
    public boolean handle(SandboxRequest request, HttpExchange exchange) throws IOException {
        for (Route route : routes) {
            Optional<Map<String, String>> params = route.match(request.method(), request.path());
            if (params.isPresent()) {
                serve(route, params.get(), request, exchange);
                return true;
            }
        }
        return false;
    }

    private void serve(Route route, Map<String, String> params, SandboxRequest request, HttpExchange exchange)
            throws IOException {
        String operation = route.operationId();
        String requestId = UUID.randomUUID().toString();
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("x-amzn-RequestId", requestId);
        String sellerId = null;
        int status;
        faults.pass(operation);
        Fault fault = faults.next(operation).orElse(null);
        try {
            if (fault != null && fault.kind() == Fault.Kind.DELAY) {
                sleep(fault);
            }
            if (fault != null && fault.kind() == Fault.Kind.CONNECTION_RESET) {
                exchange.close();
                status = 0;
            } else if (fault != null && fault.kind() == Fault.Kind.STATUS) {
                throw ApiError.forStatus(fault.status());
            } else if (fault != null && fault.kind() == Fault.Kind.THROTTLED_WITH_RATE_LIMIT) {
                usagePlans.plan(operation).ifPresent(plan -> headers.put("x-amzn-RateLimit-Limit", plan.rateText()));
                throw ApiError.quotaExceeded();
            } else {
                Grant grant = authenticate(request, operation);
                Seller seller = sellers.find(grant.sellerId()).orElseThrow(() ->
                        ApiError.unauthorized("Access to requested resource is denied.", ""));
                sellerId = seller.sellerId();
                if (seller.legacyIam()) {
                    checkSignature(request, grant, seller);
                }
                usagePlans.plan(operation).ifPresent(plan -> headers.put("x-amzn-RateLimit-Limit", plan.rateText()));
                if (!usagePlans.tryAcquire(grant.clientId(), seller.sellerId(), operation)) {
                    headers.remove("x-amzn-RateLimit-Limit");
                    throw ApiError.quotaExceeded();
                }
                ApiResponse response = handlers.get(route).handle(new SpApiCall(operation, request, params, grant, seller));
                status = response.status();
                write(exchange, status, response.body() == null ? null : Json.bytes(response.body()), headers, fault);
            }
        } catch (ApiError error) {
            status = error.status();
            write(exchange, status, Json.bytes(error.body()), headers, fault);
        } catch (RuntimeException e) {
            status = 500;
            write(exchange, status, Json.bytes(ApiError.forStatus(500).body()), headers, null);
        }
        calls.record(new CallRecord(operation, clock.instant(), request.method(), request.path(),
                request.uri().getRawQuery(), sellerId, status));
    }

    private Grant authenticate(SandboxRequest request, String operation) throws ApiError {
        String token = request.header("x-amz-access-token");
        if (token == null || token.isBlank()) {
            throw ApiError.unauthorized("Access to requested resource is denied.", "The request has no access token.");
        }
        Grant grant = lwa.grant(token).orElseThrow(() -> ApiError.unauthorized("Access to requested resource is denied.",
                "The access token you provided is revoked, malformed or invalid."));
        if (!clock.instant().isBefore(grant.expiresAt())) {
            throw ApiError.unauthorized("The access token you provided has expired.", "");
        }
        if (grant.sellerId() == null) {
            // grantless tokens only reach grantless operations, and none of the sandbox's are
            throw ApiError.unauthorized("Access to requested resource is denied.", "");
        }
        if (grant.isRestrictedDataToken() && grant.restrictedResources().stream()
                .noneMatch(r -> RestrictedPaths.covers(r, request.method(), request.path()))) {
            throw ApiError.unauthorized("Access to requested resource is denied.", "");
        }
        return grant;
    }

    private void checkSignature(SandboxRequest request, Grant grant, Seller seller) throws ApiError {
        SigV4Verifier.Result result = verifier.verify(request, "execute-api",
                id -> iam.session(id).map(IamRegistry.Session::key).or(() -> iam.user(id)));
        if (!result.ok()) {
            throw new ApiError(403, result.failure().spApiCode(), result.failure().message(), "");
        }
        Set<String> regions = seller.marketplaces().stream().map(Marketplace::awsRegion).collect(Collectors.toSet());
        String region = result.verified().scope().region();
        if (!regions.contains(region)) {
            throw new ApiError(403, "InvalidSignature", "Credential should be scoped to a valid region, not '" + region
                    + "'. ", "");
        }
        SigningKey key = result.verified().key();
        Optional<IamRegistry.Session> session = iam.session(key.accessKeyId());
        String appRole = lwa.application(grant.clientId()).map(Application::iamRoleArn).orElse(null);
        if (session.isEmpty() || (appRole != null && !appRole.equals(session.get().roleArn()))) {
            throw ApiError.unauthorized("Access to requested resource is denied.",
                    "The request was signed with credentials not registered with the application.");
        }
    }

    private void write(HttpExchange exchange, int status, byte[] body, Map<String, String> headers, Fault fault)
            throws IOException {
        if (fault != null && fault.kind() == Fault.Kind.TRUNCATED_BODY && body != null && body.length > 1) {
            headers.forEach((k, v) -> exchange.getResponseHeaders().set(k, v));
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, body.length);
            OutputStream out = exchange.getResponseBody();
            out.write(body, 0, body.length / 2);
            out.flush();
            // closing short of the announced length makes the server drop the connection
            exchange.close();
            return;
        }
        String contentType = fault != null && fault.kind() == Fault.Kind.WRONG_CHARSET
                ? "application/json; charset=UTF-16" : "application/json";
        Responses.send(exchange, status, body == null ? null : contentType, body == null ? new byte[0] : body, headers);
    }

    private static void sleep(Fault fault) {
        try {
            Thread.sleep(fault.delay().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
