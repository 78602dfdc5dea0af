package dev.spgateway.sandbox;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The README's run command: starts the gateway on Payara Micro with the project's server-config, on the
 * embedded H2 database, with a demo API key. Ends the server when it ends itself.
 */
public final class DemoLauncher {

    static final String DEMO_API_KEY = "spgateway-demo-api-key-0001";

    private DemoLauncher() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = parse(args);
        Path serverConfig = Path.of(options.get("server-config"));
        List<String> command = payaraCommand(options, serverConfig);
        Process gateway = new ProcessBuilder(command).inheritIO().start();
        Runtime.getRuntime().addShutdownHook(new Thread(gateway::destroy));
        System.exit(gateway.waitFor());
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
