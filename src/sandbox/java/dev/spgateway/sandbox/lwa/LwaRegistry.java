package dev.spgateway.sandbox.lwa;

import dev.spgateway.sandbox.http.Ids;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Applications, their secrets, seller authorizations and the tokens issued for them. */
public final class LwaRegistry {

    /** Amazon's LWA access tokens and RDTs live one hour. */
    public static final Duration ACCESS_TOKEN_LIFETIME = Duration.ofHours(1);
    /** Amazon keeps the previous secret usable this long after a rotation. */
    public static final Duration ROTATION_GRACE = Duration.ofDays(7);
    /** LWA client secrets are issued with a validity of 180 days. */
    public static final Duration SECRET_LIFETIME = Duration.ofDays(180);
    static final Duration AUTH_CODE_LIFETIME = Duration.ofMinutes(5);

    record Authorization(String clientId, String sellerId, boolean revoked) {
    }

    /** redirectUri is null for codes issued without a consent page (tests that need just a code). */
    record AuthCode(String clientId, String sellerId, String redirectUri, Instant expiresAt) {
    }

    /** Amazon's Appstore state, handed to the application's login URI and expected back once. */
    record AppstoreState(String applicationId, String sellerId, Instant expiresAt) {
    }

    private final Clock clock;
    private final Map<String, Application> applications = new ConcurrentHashMap<>();
    private final Map<String, Authorization> refreshTokens = new ConcurrentHashMap<>();
    private final Map<String, AuthCode> authCodes = new ConcurrentHashMap<>();
    private final Map<String, Grant> accessTokens = new ConcurrentHashMap<>();
    private final Map<String, OAuthApplication> oauthApplications = new ConcurrentHashMap<>();
    private final Map<String, AppstoreState> appstoreStates = new ConcurrentHashMap<>();

    public LwaRegistry(Clock clock) {
        this.clock = clock;
    }

    public Application register(String clientId, String secret, boolean restrictedRole) {
        Application app = new Application(clientId, restrictedRole);
        app.addSecret(secret, clock.instant().plus(SECRET_LIFETIME));
        applications.put(clientId, app);
        return app;
    }

    public Optional<Application> application(String clientId) {
        return Optional.ofNullable(clientId == null ? null : applications.get(clientId));
    }

    public String currentSecret(String clientId) {
        return require(clientId).currentSecret();
    }

    public void setIamRole(String clientId, String roleArn) {
        require(clientId).iamRoleArn(roleArn);
    }

    public String rotateSecret(String clientId) {
        Application app = require(clientId);
        String secret = "amzn1.oa2-cs.v1." + Ids.hex(64);
        app.addSecret(secret, clock.instant().plus(SECRET_LIFETIME));
        app.capOlderSecrets(clock.instant().plus(ROTATION_GRACE));
        return secret;
    }

    public void expireSecret(String clientId) {
        require(clientId).expireCurrent(clock.instant());
    }

    public String authorize(String clientId, String sellerId) {
        return authorize(clientId, sellerId, "Atzr|" + Ids.alnum(120));
    }

    public String authorize(String clientId, String sellerId, String refreshToken) {
        require(clientId);
        refreshTokens.put(refreshToken, new Authorization(clientId, sellerId, false));
        return refreshToken;
    }

    public String issueAuthorizationCode(String clientId, String sellerId) {
        return issueAuthorizationCode(clientId, sellerId, null);
    }

    /** A code the consent page issues: redeemed once, within five minutes, with the same redirect URI. */
    public String issueAuthorizationCode(String clientId, String sellerId, String redirectUri) {
        require(clientId);
        String code = "ANDBx" + Ids.alnum(15);
        authCodes.put(code, new AuthCode(clientId, sellerId, redirectUri, clock.instant().plus(AUTH_CODE_LIFETIME)));
        return code;
    }

    /** An SP-API application as Seller Central knows it: its id, LWA client, redirect URIs, draft or published. */
    public OAuthApplication registerOAuthApplication(String applicationId, String clientId, List<String> redirectUris,
            boolean draft, String loginUri) {
        require(clientId);
        OAuthApplication app = new OAuthApplication(applicationId, clientId, List.copyOf(redirectUris), draft, loginUri);
        oauthApplications.put(applicationId, app);
        return app;
    }

    public Optional<OAuthApplication> oauthApplication(String applicationId) {
        return Optional.ofNullable(applicationId == null ? null : oauthApplications.get(applicationId));
    }

    public String issueAppstoreState(String applicationId, String sellerId) {
        String state = Ids.alnum(32);
        appstoreStates.put(state, new AppstoreState(applicationId, sellerId, clock.instant().plus(AUTH_CODE_LIFETIME)));
        return state;
    }

    /** The Appstore's state comes back once, for the application it was issued to. */
    public Optional<String> redeemAppstoreState(String state, String applicationId) {
        AppstoreState found = state == null ? null : appstoreStates.remove(state);
        return Optional.ofNullable(found)
                .filter(s -> s.applicationId().equals(applicationId) && clock.instant().isBefore(s.expiresAt()))
                .map(AppstoreState::sellerId);
    }

    public Set<String> refreshTokens(String sellerId, String clientId) {
        return refreshTokens.entrySet().stream()
                .filter(e -> e.getValue().clientId().equals(clientId) && e.getValue().sellerId().equals(sellerId)
                        && !e.getValue().revoked())
                .map(Map.Entry::getKey)
                .collect(java.util.stream.Collectors.toSet());
    }

    public void revoke(String refreshToken) {
        refreshTokens.computeIfPresent(refreshToken, (k, a) -> new Authorization(a.clientId(), a.sellerId(), true));
    }

    boolean authenticates(String clientId, String secret) {
        return application(clientId).map(app -> secret != null && app.acceptsSecret(secret, clock.instant()))
                .orElse(false);
    }

    Optional<Authorization> refreshToken(String token) {
        return Optional.ofNullable(token == null ? null : refreshTokens.get(token));
    }

    /** Authorization codes are single-use. */
    Optional<AuthCode> redeemCode(String code) {
        AuthCode found = code == null ? null : authCodes.remove(code);
        return Optional.ofNullable(found).filter(c -> clock.instant().isBefore(c.expiresAt()));
    }

    String issueAccessToken(String clientId, String sellerId, Set<String> scopes) {
        String token = (sellerId == null ? "Atc|" : "Atza|") + Ids.alnum(160);
        accessTokens.put(token, new Grant(clientId, sellerId, clock.instant().plus(ACCESS_TOKEN_LIFETIME), scopes, null));
        return token;
    }

    public String issueRestrictedDataToken(String clientId, String sellerId, List<Grant.RestrictedResource> resources) {
        String token = "Atz.sprdt|" + Ids.alnum(160);
        accessTokens.put(token, new Grant(clientId, sellerId, clock.instant().plus(ACCESS_TOKEN_LIFETIME), Set.of(),
                List.copyOf(resources)));
        return token;
    }

    public Optional<Grant> grant(String accessToken) {
        return Optional.ofNullable(accessToken == null ? null : accessTokens.get(accessToken));
    }

    String issueRefreshTokenFor(String clientId, String sellerId) {
        return authorize(clientId, sellerId);
    }

    private Application require(String clientId) {
        return application(clientId).orElseThrow(() -> new IllegalArgumentException("unknown application " + clientId));
    }
}
