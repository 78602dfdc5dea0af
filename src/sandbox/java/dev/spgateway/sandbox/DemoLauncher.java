package dev.spgateway.sandbox;

import dev.spgateway.sandbox.control.SandboxControl;
import dev.spgateway.sandbox.time.MutableClock;

import dev.spgateway.launch.GatewayProcess;
import dev.spgateway.launch.GatewayServer;
import dev.spgateway.launch.PayaraMicroServer;
import dev.spgateway.launch.WildFlyServer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The README's run command: starts the SP-API sandbox in-process with a demo application and seller, an
 * OpenID Connect provider for the operators' console with a demo operator ({@link DemoSignIn}), then the
 * gateway on Payara Micro with the project's server-config, on the embedded H2 database, with a demo API
 * key, pointed at both, and connects the demo seller as a store. The demo application can also be authorized
 * through the browser ({@link DemoIntegratorSite}): a second sandbox seller waits to be connected that way.
 * Ends with the server.
 */
public final class DemoLauncher {

    static final String DEMO_API_KEY = "spgateway-demo-api-key-0001";
    static final String DEMO_CLIENT_ID = "amzn1.application-oa2-client.0000000000000000000000000000demo";
    static final String DEMO_CLIENT_SECRET = "amzn1.oa2-cs.v1.demo0000000000000000000000000000000000000000000000000000000000000";
    public static final String DEMO_SELLER_ID = "A2EXAMPLEDEMO01";
    static final String DEMO_REFRESH_TOKEN = "Atzr|IwEBIDemoRefreshTokenForTheSpGatewaySandbox0001";
    static final String DEMO_MARKETPLACE = "ATVPDKIKX0DER";
    /** The demo application in Developer Central, through which sellers connect by consenting (a draft). */
    static final String DEMO_APPLICATION_ID = "amzn1.sp.solution.00000000-0000-0000-0000-00000000demo";
    /** A second sandbox seller, not connected: connect it through the browser (README, Stores). */
    public static final String SECOND_SELLER_ID = "A2EXAMPLEDEMO02";
    static final String CALLBACK_PATH = "/amazon/authorization/callback";

    private DemoLauncher() {
    }

    public static void main(String[] args) throws Exception {
        Demo demo = launch(parse(args), true);
        demo.print();
        System.exit(demo.gateway().waitFor());
    }

    /**
     * Starts what the run command starts: the sandbox, the sign-in provider and the gateway (options as the
     * run profile passes them, plus {@code port} (0: a free one), {@code work-dir} and {@code data-dir}).
     * Attached, the gateway writes to this console and ends with this JVM; otherwise to its log file.
     */
    public static Demo launch(Map<String, String> options, boolean attached) throws Exception {
        Path workDir = Path.of(options.getOrDefault("work-dir", "target/demo"));
        SpApiSandbox sandbox = startDemoSandbox();
        DemoSignIn signIn = DemoSignIn.start(workDir);
        int port = Integer.parseInt(options.getOrDefault("port", "8080"));
        GatewayProcess gateway = new GatewayProcess(server(options), Path.of(options.get("war")),
                Path.of(options.get("server-config")), workDir)
                .port(port == 0 ? freePort() : port);
        DemoIntegratorSite site = DemoIntegratorSite.start(gateway.baseUrl(), apiKey());
        Map<String, String> properties = new LinkedHashMap<>(signIn.gatewayProperties());
        properties.putAll(gatewayProperties(sandbox));
        properties.putAll(oauthProperties(sandbox, gateway.baseUrl(), site));
        if (options.containsKey("data-dir")) {
            properties.put("spgateway.data-dir", options.get("data-dir"));
        }
        properties.forEach(gateway::property);
        try {
            if (attached) {
                gateway.startAttached();
            } else {
                gateway.start();
            }
            return new Demo(sandbox, signIn, gateway, site, DemoStore.ensure(gateway.baseUrl(), apiKey()));
        } catch (Exception | Error e) {
            gateway.stop();
            site.close();
            signIn.close();
            sandbox.stop();
            throw e;
        }
    }

    /** Payara Micro ({@code payara-micro}: its jar), or WildFly with {@code server=wildfly} ({@code wildfly}: its home). */
    static GatewayServer server(Map<String, String> options) {
        return "wildfly".equals(options.get("server"))
                ? new WildFlyServer(Path.of(options.get("wildfly")))
                : new PayaraMicroServer(Path.of(options.get("payara-micro")));
    }

    static String apiKey() {
        return System.getProperty("spgateway.bootstrap.api-key", DEMO_API_KEY);
    }

    /** The sandbox's endpoints, the demo API key, and every spgateway.* property given to the launcher. */
    static Map<String, String> gatewayProperties(SpApiSandbox sandbox) {
        Map<String, String> properties = new LinkedHashMap<>(sandboxProperties(sandbox));
        properties.put("spgateway.bootstrap.api-key", apiKey());
        System.getProperties().stringPropertyNames().stream()
                .filter(name -> name.startsWith("spgateway."))
                .forEach(name -> properties.put(name, System.getProperty(name)));
        return properties;
    }

    /**
     * The demo application's consent flow: Seller Central is the sandbox, the gateway's callback is registered
     * as its redirect URI and the demo integrator site as its return URL and Appstore login URI.
     */
    static Map<String, String> oauthProperties(SpApiSandbox sandbox, String gatewayUrl, DemoIntegratorSite site) {
        String redirectUri = gatewayUrl + CALLBACK_PATH;
        sandbox.control().registerOAuthApplication(DEMO_APPLICATION_ID, DEMO_CLIENT_ID, List.of(redirectUri), true,
                site.loginUrl());
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("spgateway.oauth.application-id", DEMO_APPLICATION_ID);
        properties.put("spgateway.oauth.client-id", DEMO_CLIENT_ID);
        properties.put("spgateway.oauth.client-secret", DEMO_CLIENT_SECRET);
        properties.put("spgateway.oauth.redirect-uri", redirectUri);
        properties.put("spgateway.oauth.draft", "true");
        properties.put("spgateway.oauth.return-urls", site.returnUrl());
        properties.put("spgateway.oauth.amazon-callback-origins", sandbox.baseUrl());
        for (String region : List.of("na", "eu", "fe")) {
            properties.put("spgateway.sellercentral." + region + ".url", sandbox.baseUrl());
        }
        properties.keySet().removeIf(name -> System.getProperty(name) != null);
        return properties;
    }

    private static int freePort() throws java.io.IOException {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** Real time for the demo, so reports finish on their own after about 20 seconds. */
    static SpApiSandbox startDemoSandbox() {
        SpApiSandbox sandbox = SpApiSandbox.start(0, MutableClock.ticking());
        SandboxControl control = sandbox.control();
        control.registerApplication(DEMO_CLIENT_ID, DEMO_CLIENT_SECRET, true);
        control.registerSeller(DEMO_SELLER_ID, List.of(DEMO_MARKETPLACE));
        control.authorize(DEMO_SELLER_ID, DEMO_CLIENT_ID, DEMO_REFRESH_TOKEN);
        control.setReportDurations(DEMO_SELLER_ID, Duration.ofSeconds(5), Duration.ofSeconds(15));
        control.updateCatalog(DEMO_SELLER_ID, catalog -> catalog.withSize(300));
        control.registerSeller(SECOND_SELLER_ID, List.of(DEMO_MARKETPLACE));
        control.setReportDurations(SECOND_SELLER_ID, Duration.ofSeconds(5), Duration.ofSeconds(15));
        control.updateCatalog(SECOND_SELLER_ID, catalog -> catalog.withSize(120).withSeed(2));
        return sandbox;
    }

    /** Where the gateway finds LWA, STS and the SP-API regions; -D values given to the launcher win. */
    static Map<String, String> sandboxProperties(SpApiSandbox sandbox) {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("spgateway.lwa.url", sandbox.lwaUrl());
        properties.put("spgateway.sts.url", sandbox.baseUrl());
        for (String region : List.of("na", "eu", "fe")) {
            properties.put("spgateway.spapi." + region + ".url", sandbox.baseUrl());
            properties.put("spgateway.spapi.sandbox." + region + ".url", sandbox.staticSandboxBaseUrl());
        }
        properties.keySet().removeIf(name -> System.getProperty(name) != null);
        return properties;
    }

    /** The running demo: the sandbox as Amazon, the operators' provider, the gateway and the demo store. */
    public record Demo(SpApiSandbox sandbox, DemoSignIn signIn, GatewayProcess gateway, DemoIntegratorSite site,
            String storeKey)
            implements AutoCloseable {

        void print() {
            System.out.println();
            System.out.println("=== spgateway demo ===");
            System.out.println("  gateway           " + gateway.baseUrl());
            System.out.println("  API key           " + apiKey());
            System.out.println("  demo store key    " + storeKey);
            System.out.println("  SP-API sandbox    " + sandbox.baseUrl() + " (control: " + sandbox.baseUrl()
                    + "/_sandbox/)");
            System.out.println("  LWA client id     " + DEMO_CLIENT_ID);
            System.out.println("  LWA client secret " + DEMO_CLIENT_SECRET);
            System.out.println("  refresh token     " + DEMO_REFRESH_TOKEN);
            System.out.println("  seller id         " + DEMO_SELLER_ID + " (marketplace " + DEMO_MARKETPLACE + ")");
            System.out.println("  try: curl -s '" + gateway.baseUrl() + "/v1.1/cart.info.json' -H 'x-api-key: "
                    + apiKey() + "' -H 'x-store-key: " + storeKey + "'");
            System.out.println();
            System.out.println("  connect a seller   " + site.connectUrl("us-east-1") + " (sign in as "
                    + SECOND_SELLER_ID + " on the consent page, Confirm)");
            System.out.println("  Appstore start     " + sandbox.baseUrl() + "/apps/authorize/appstore?application_id="
                    + DEMO_APPLICATION_ID + "&selling_partner_id=" + SECOND_SELLER_ID);
            System.out.println();
            System.out.println("  operators' console " + gateway.baseUrl() + "/admin/");
            System.out.println("  sign in as         " + DemoSignIn.OPERATOR + " (group spgateway-admin): the demo's"
                    + " sign-in page at " + signIn.issuer() + " comes filled in, press Sign in");
            System.out.println();
        }

        @Override
        public void close() {
            gateway.stop();
            site.close();
            signIn.close();
            sandbox.stop();
        }
    }

    static Map<String, String> parse(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (String arg : args) {
            if (arg.startsWith("--") && arg.contains("=")) {
                int eq = arg.indexOf('=');
                options.put(arg.substring(2, eq), arg.substring(eq + 1));
            }
        }
        return options;
    }
}
