package dev.spgateway.sandbox;

import dev.spgateway.sandbox.control.SandboxControl;
import dev.spgateway.sandbox.time.MutableClock;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The README's run command: starts the SP-API sandbox in-process with a demo application and seller, then
 * the gateway on Payara Micro with the project's server-config, on the embedded H2 database, with a demo
 * API key, pointed at the sandbox. Ends the server when it ends itself.
 */
public final class DemoLauncher {

    static final String DEMO_API_KEY = "spgateway-demo-api-key-0001";
    static final String DEMO_CLIENT_ID = "amzn1.application-oa2-client.0000000000000000000000000000demo";
    static final String DEMO_CLIENT_SECRET = "amzn1.oa2-cs.v1.demo0000000000000000000000000000000000000000000000000000000000000";
    static final String DEMO_SELLER_ID = "A2EXAMPLEDEMO01";
    static final String DEMO_REFRESH_TOKEN = "Atzr|IwEBIDemoRefreshTokenForTheSpGatewaySandbox0001";
    static final String DEMO_MARKETPLACE = "ATVPDKIKX0DER";

    private DemoLauncher() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = parse(args);
        SpApiSandbox sandbox = startDemoSandbox();
        sandboxProperties(sandbox).forEach(System::setProperty);
        printDemoCredentials(sandbox);
        Path serverConfig = Path.of(options.get("server-config"));
        List<String> command = payaraCommand(options, serverConfig);
        Process gateway = new ProcessBuilder(command).inheritIO().start();
        Runtime.getRuntime().addShutdownHook(new Thread(gateway::destroy));
        System.exit(gateway.waitFor());
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

    private static void printDemoCredentials(SpApiSandbox sandbox) {
        System.out.println();
        System.out.println("=== SP-API sandbox (demo) ===");
        System.out.println("  base URL          " + sandbox.baseUrl());
        System.out.println("  static sandbox    " + sandbox.staticSandboxBaseUrl());
        System.out.println("  LWA client id     " + DEMO_CLIENT_ID);
        System.out.println("  LWA client secret " + DEMO_CLIENT_SECRET);
        System.out.println("  refresh token     " + DEMO_REFRESH_TOKEN);
        System.out.println("  seller id         " + DEMO_SELLER_ID + " (marketplace " + DEMO_MARKETPLACE + ")");
        System.out.println("  gateway API key   " + System.getProperty("spgateway.bootstrap.api-key", DEMO_API_KEY));
        System.out.println();
    }

    static List<String> payaraCommand(Map<String, String> options, Path serverConfig) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions(serverConfig.resolve("jvm.options")));
        command.add("-Dspgateway.bootstrap.api-key=" + System.getProperty("spgateway.bootstrap.api-key", DEMO_API_KEY));
        System.getProperties().stringPropertyNames().stream()
                .filter(name -> name.startsWith("spgateway.") && !name.equals("spgateway.bootstrap.api-key"))
                .forEach(name -> command.add("-D" + name + "=" + System.getProperty(name)));
        command.addAll(List.of("-jar", options.get("payara-micro"),
                "--deploy", options.get("war"),
                "--contextroot", "/",
                "--port", options.getOrDefault("port", "8080"),
                "--nocluster",
                "--disablephonehome",
                "--rootdir", Path.of("target", "payara-root").toAbsolutePath().toString(),
                "--postbootcommandfile", serverConfig.resolve("post-boot-commands.asadmin").toString(),
                "--logproperties", serverConfig.resolve("logging.properties").toString()));
        return command;
    }

    static List<String> jvmOptions(Path file) throws IOException {
        return Files.readAllLines(file).stream()
                .map(String::trim)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .toList();
    }

    private static Map<String, String> parse(String[] args) {
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
