package dev.spgateway.sandbox;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;

/**
 * The demo's single sign-on: an OpenID Connect provider (mock-oauth2-server, the library the console's tests
 * use) in this JVM on the loopback interface. Its sign-in page comes filled in for the demo operator, a
 * member of {@code spgateway-admin}; whoever is typed there is signed in with the claims typed below.
 */
public final class DemoSignIn implements AutoCloseable {

    public static final String OPERATOR = "demo-operator";
    static final String ISSUER_ID = "demo";
    static final String CLIENT_ID = "spgateway-console";
    static final String CLIENT_SECRET = "spgateway-demo-console-secret";
    private static final String SIGN_IN_PAGE = "demo-sign-in.html";

    private final MockOAuth2Server server;

    private DemoSignIn(MockOAuth2Server server) {
        this.server = server;
    }

    /** Starts the provider on a free loopback port; its sign-in page is written into {@code workDir}. */
    public static DemoSignIn start(Path workDir) throws IOException {
        Path page = copySignInPage(workDir);
        String config = "{\"interactiveLogin\": true, \"loginPagePath\": \""
                + page.toAbsolutePath().toString().replace("\\", "\\\\").replace("\"", "\\\"") + "\"}";
        MockOAuth2Server server = new MockOAuth2Server(OAuth2Config.Companion.fromJson(config));
        server.start(InetAddress.getLoopbackAddress(), 0);
        return new DemoSignIn(server);
    }

    public String issuer() {
        return "http://127.0.0.1:" + server.baseUrl().port() + "/" + ISSUER_ID;
    }

    /** Points the console at this provider; the demo serves plain HTTP, so the cookie may travel without TLS. */
    public Map<String, String> gatewayProperties() {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("spgateway.oidc.provider-uri", issuer());
        properties.put("spgateway.oidc.client-id", CLIENT_ID);
        properties.put("spgateway.oidc.client-secret", CLIENT_SECRET);
        properties.put("spgateway.oidc.groups-claim", "groups");
        properties.put("spgateway.console.secure-cookie", "false");
        return properties;
    }

    @Override
    public void close() {
        server.shutdown();
    }

    private static Path copySignInPage(Path workDir) throws IOException {
        Files.createDirectories(workDir);
        Path page = workDir.resolve(SIGN_IN_PAGE);
        try (InputStream in = DemoSignIn.class.getResourceAsStream(SIGN_IN_PAGE)) {
            if (in == null) {
                throw new UncheckedIOException(new IOException(SIGN_IN_PAGE + " is missing from the class path"));
            }
            Files.copy(in, page, StandardCopyOption.REPLACE_EXISTING);
        }
        return page;
    }
}
