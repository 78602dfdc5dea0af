package dev.spgateway.sandbox.lwa;

import java.util.List;

/**
 * An SP-API application registered in Developer Central: its application id (amzn1.sp.solution.…), its LWA
 * client, the OAuth redirect URIs it registered, whether it is still a draft (authorized with version=beta
 * only) and, for the Appstore workflow, its login URI.
 */
public record OAuthApplication(String applicationId, String clientId, List<String> redirectUris, boolean draft,
        String loginUri) {

    public boolean registered(String redirectUri) {
        return redirectUris.contains(redirectUri);
    }
}
