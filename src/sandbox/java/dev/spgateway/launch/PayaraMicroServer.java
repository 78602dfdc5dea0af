package dev.spgateway.launch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Payara Micro: one JVM that deploys the WAR given on its command line, configured from server-config. */
public final class PayaraMicroServer implements GatewayServer {

    private final Path payaraJar;

    public PayaraMicroServer(Path payaraJar) {
        this.payaraJar = payaraJar;
    }

    @Override
    public ProcessBuilder prepare(Launch launch) throws IOException {
        freshRuntimeDirectory(launch.workDir());
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(launch.jvmOptions());
        launch.properties().forEach((name, value) -> command.add("-D" + name + "=" + value));
        command.addAll(List.of("-jar", payaraJar.toString(),
                "--deploy", launch.war().toString(),
                "--contextroot", "/",
                "--port", Integer.toString(launch.port()),
                "--nocluster",
                "--disablephonehome",
                "--rootdir", root(launch.workDir()).toAbsolutePath().toString(),
                "--prebootcommandfile", launch.serverConfig().resolve("pre-boot-commands.asadmin").toString(),
                "--logproperties", launch.serverConfig().resolve("logging.properties").toString()));
        return new ProcessBuilder(command);
    }

    @Override
    public String healthUrl(Launch launch) {
        return "http://127.0.0.1:" + launch.port() + "/health";
    }

    /** Payara keeps running when the WAR fails to deploy. */
    @Override
    public boolean deploymentFailed(Launch launch, String log) {
        return log.contains("Exception while loading the app");
    }

    private static Path root(Path workDir) {
        return workDir.resolve("payara-root");
    }

    /**
     * Payara Micro saves its runtime configuration, deployments included, in the root directory and replays
     * it at the next start; the command line and server-config are the whole configuration, so start clean.
     */
    static void freshRuntimeDirectory(Path workDir) throws IOException {
        deleteTree(root(workDir));
    }

    static void deleteTree(Path root) throws IOException {
        if (Files.exists(root)) {
            try (var paths = Files.walk(root)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }
}
