package dev.spgateway.admin.boundary;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.OpenIdAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.openid.ClaimsDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.openid.LogoutDefinition;

/**
 * Single sign-on for the operators' console: OpenID Connect code flow against the company's provider. Only
 * {@code /admin/*} is protected (web.xml); the API keeps its API keys, and health, metrics and OpenAPI stay
 * as the server serves them. The provider's groups (or roles) claim becomes the caller's groups, and the
 * group {@value #ROLE} is the console's only role.
 */
@OpenIdAuthenticationMechanismDefinition(
        providerURI = "${spgatewayOidc.providerURI}",
        clientId = "${spgatewayOidc.clientId}",
        clientSecret = "${spgatewayOidc.clientSecret}",
        redirectURI = "${baseURL}/callback",
        redirectToOriginalResource = true,
        claimsDefinition = @ClaimsDefinition(callerGroupsClaim = "${spgatewayOidc.groupsClaim}"),
        logout = @LogoutDefinition(notifyProvider = true, redirectURI = "${baseURL}/admin/logged-out.html"))
@DeclareRoles(AdminSecurity.ROLE)
@ApplicationScoped
public class AdminSecurity {

    public static final String ROLE = "spgateway-admin";
}
