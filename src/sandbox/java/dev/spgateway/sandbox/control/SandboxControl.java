package dev.spgateway.sandbox.control;

import dev.spgateway.sandbox.http.Ids;
import dev.spgateway.sandbox.http.Json;
import dev.spgateway.sandbox.listings.CatalogSettings;
import dev.spgateway.sandbox.lwa.LwaRegistry;
import dev.spgateway.sandbox.orders.OrderChanges;
import dev.spgateway.sandbox.sellers.Seller;
import dev.spgateway.sandbox.sellers.SellerRegistry;
import dev.spgateway.sandbox.sigv4.SigningKey;
import dev.spgateway.sandbox.sts.IamRegistry;
import dev.spgateway.sandbox.usageplan.UsagePlans;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** What tests (and the /_sandbox/ HTTP surface) set up and inspect. */
public final class SandboxControl {

    /** An application's LWA credentials. */
    public record AppCredentials(String clientId, String clientSecret) {
    }

    private final LwaRegistry lwa;
    private final SellerRegistry sellers;
    private final IamRegistry iam;
    private final UsagePlans usagePlans;
    private final Faults faults;
    private final CallLog calls;
    private OrderChanges orderChanges;

    public SandboxControl(LwaRegistry lwa, SellerRegistry sellers, IamRegistry iam, UsagePlans usagePlans,
                          Faults faults, CallLog calls) {
        this.lwa = lwa;
        this.sellers = sellers;
        this.iam = iam;
        this.usagePlans = usagePlans;
        this.faults = faults;
        this.calls = calls;
    }

    // applications and LWA

    public AppCredentials registerApplication(String clientId, String clientSecret, boolean restrictedRole) {
        lwa.register(clientId, clientSecret, restrictedRole);
        return new AppCredentials(clientId, clientSecret);
    }

    /** A new application with generated amzn1.application-oa2-client.… id and secret. */
    public AppCredentials registerApplication(boolean restrictedRole) {
        return registerApplication("amzn1.application-oa2-client." + Ids.hex(32), "amzn1.oa2-cs.v1." + Ids.hex(64),
                restrictedRole);
    }

    /** The IAM role ARN registered with a legacy application; SigV4 sessions must come from it. */
    public void setApplicationRole(String clientId, String roleArn) {
        lwa.setIamRole(clientId, roleArn);
    }

    /** A new secret; the previous one stays valid for seven more days at most. */
    public String rotateClientSecret(String clientId) {
        return lwa.rotateSecret(clientId);
    }

    /** The current secret expires now: LWA answers invalid_client for it. */
    public void expireClientSecret(String clientId) {
        lwa.expireSecret(clientId);
    }

    public String currentClientSecret(String clientId) {
        return lwa.currentSecret(clientId);
    }

    // sellers

    public Seller registerSeller(String sellerId, List<String> marketplaceIds) {
        return sellers.register(sellerId, marketplaceIds);
    }

    /** A seller with a generated A2EXAMPLE… style selling partner id. */
    public Seller registerSeller(List<String> marketplaceIds) {
        return registerSeller("A2" + Ids.upperAlnum(12), marketplaceIds);
    }

    public Seller seller(String sellerId) {
        return sellers.require(sellerId);
    }

    /** The seller authorizes the application: returns the Atzr|… refresh token. */
    public String authorize(String sellerId, String clientId) {
        sellers.require(sellerId);
        return lwa.authorize(clientId, sellerId);
    }

    /** As {@link #authorize(String, String)}, with a refresh token of the caller's choosing (e.g. the demo's). */
    public String authorize(String sellerId, String clientId, String refreshToken) {
        sellers.require(sellerId);
        return lwa.authorize(clientId, sellerId, refreshToken);
    }

    /** An spapi_oauth_code for the authorization_code grant (single use, five minutes). */
    public String issueAuthorizationCode(String sellerId, String clientId) {
        sellers.require(sellerId);
        return lwa.issueAuthorizationCode(clientId, sellerId);
    }

    /**
     * Registers the application in Developer Central for the authorization workflows: Seller Central's consent
     * page then knows {@code applicationId}, its redirect URIs, whether it is a draft, and its Appstore login URI
     * (null: website workflow only).
     */
    public void registerOAuthApplication(String applicationId, String clientId, List<String> redirectUris,
            boolean draft, String loginUri) {
        lwa.registerOAuthApplication(applicationId, clientId, redirectUris, draft, loginUri);
    }

    /** The refresh tokens LWA issued to the seller for the application and has not revoked. */
    public java.util.Set<String> refreshTokens(String sellerId, String clientId) {
        return lwa.refreshTokens(sellerId, clientId);
    }

    public void revokeRefreshToken(String refreshToken) {
        lwa.revoke(refreshToken);
    }

    /** Legacy IAM setup: SP-API calls for the seller must also carry a SigV4 signature. */
    public void setLegacyIam(String sellerId, boolean required) {
        sellers.require(sellerId).legacyIam(required);
    }

    public void setReportDurations(String sellerId, Duration inQueue, Duration inProgress) {
        sellers.require(sellerId).reportDurations(inQueue, inProgress);
    }

    public void setCatalog(String sellerId, CatalogSettings settings) {
        sellers.require(sellerId).catalog(settings);
    }

    public void updateCatalog(String sellerId, UnaryOperator<CatalogSettings> change) {
        Seller seller = sellers.require(sellerId);
        seller.catalog(change.apply(seller.catalog()));
    }

    /** Listings reports of this seller serve these bytes as they are; null goes back to the generated catalog. */
    public void setListingsFile(String sellerId, byte[] content, String contentType) {
        sellers.require(sellerId).listingsFile(content, contentType);
    }

    /** The seller's next reports end FATAL with an error document. */
    public void failNextReports(String sellerId, int count) {
        sellers.require(sellerId).failNextReports(count);
    }

    public void setOrderCount(String sellerId, int count) {
        sellers.require(sellerId).orderCount(count);
    }

    /** Orders API 2026-01-01: the number of orders over the 90 days before the seller's registration. */
    public void setOrderBookSize(String sellerId, int size) {
        sellers.require(sellerId).orderBookSize(size);
    }

    /**
     * Orders API 2026-01-01 answers this seller's calls by apps without the buyer and recipient roles 403
     * even without {@code includedData}, as Amazon does for some sellers.
     */
    public void denyOrdersWithoutRoles(String sellerId, boolean denied) {
        sellers.require(sellerId).buyerDataDenied(denied);
    }

    public void orderChanges(OrderChanges changes) {
        this.orderChanges = changes;
    }

    /**
     * The ORDER_CHANGE notifications (JSON, PascalCase keys as Amazon's) of the seller's orders placed or changed
     * after {@code since}, up to the sandbox's now, oldest first.
     */
    public List<String> orderChangeNotifications(String sellerId, Instant since) {
        Seller seller = sellers.require(sellerId);
        return orderChanges.since(seller, since, applicationId(seller)).stream().map(Json::text).toList();
    }

    /** The ORDER_CHANGE notification of the order's latest change; empty when the seller has no such order now. */
    public Optional<String> orderChangeNotification(String sellerId, String orderId) {
        Seller seller = sellers.require(sellerId);
        return orderChanges.notification(seller, orderId, applicationId(seller)).map(Json::text);
    }

    private static String applicationId(Seller seller) {
        return "amzn1.sellerapps.app." + java.util.UUID.nameUUIDFromBytes(seller.sellerId()
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    // IAM

    public SigningKey registerIamUser(String accessKeyId, String secretAccessKey) {
        return iam.registerUser(accessKeyId, secretAccessKey);
    }

    /** A user with a generated AKIA… key. */
    public SigningKey registerIamUser() {
        return iam.registerUser();
    }

    public void registerRole(String roleArn, String trustedAccessKeyId) {
        iam.registerRole(roleArn, trustedAccessKeyId);
    }

    // faults, counters, rate limits

    /** The next {@code times} calls of the operation (ids as in the models, or lwaToken, assumeRole, downloadDocument). */
    public void scriptFault(String operation, Fault fault, int times) {
        faults.script(operation, fault, times);
    }

    /**
     * Holds every call of the operation (ids as for {@link #scriptFault}) until the returned hold is released,
     * or {@code maxDelay} is over; {@link #clearFaults()} releases it too.
     */
    public Hold hold(String operation, Duration maxDelay) {
        return faults.hold(operation, maxDelay);
    }

    public int callCount(String operation) {
        return calls.count(operation);
    }

    public List<CallRecord> calls(String operation) {
        return calls.calls(operation);
    }

    /** The usage plan the sandbox enforces for an operation, as the models give it. */
    public dev.spgateway.sandbox.usageplan.UsagePlan usagePlan(String operationId) {
        return usagePlans.plan(operationId).orElseThrow(() -> new IllegalArgumentException(
                "no usage plan for " + operationId));
    }

    public Map<String, Integer> callCounts() {
        return calls.counts();
    }

    public void clearCalls() {
        calls.clear();
    }

    /** Refills every usage-plan bucket. */
    public void resetRateLimits() {
        usagePlans.reset();
    }

    public void clearFaults() {
        faults.clear();
    }
}
