package dev.spgateway.launch;

import java.io.IOException;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * WildFly, configured by {@code server-config/wildfly/configure.cli} (the build applies it to its own copy):
 * each start gets a fresh server base directory in the work directory with that configuration and the WAR
 * in its deployment folder, free ports for everything but HTTP, and the properties as a properties file
 * ({@code standalone.sh -P}), so that no value passes through the start script's shell.
 */
public final class WildFlyServer implements GatewayServer {

    private static final String JMX_REMOTE = "-Dcom.sun.management.jmxremote.";

    private final Path home;
    private int managementPort;

    public WildFlyServer(Path home) {
        this.home = home;
    }

    @Override
    public ProcessBuilder prepare(Launch launch) throws IOException {
        Path base = launch.workDir().resolve("wildfly-base").toAbsolutePath();
        PayaraMicroServer.deleteTree(base);
        copyTree(home.resolve("standalone").resolve("configuration"), base.resolve("configuration"));
        Files.createDirectories(base.resolve("deployments"));
        Files.copy(launch.war(), base.resolve("deployments").resolve("spgateway.war"),
                StandardCopyOption.REPLACE_EXISTING);
        Path properties = base.resolve("gateway.properties");
        writeProperties(launch.properties(), properties);
        managementPort = freePort();

        List<String> command = new ArrayList<>(List.of("bash", home.resolve("bin").resolve("standalone.sh").toString(),
                "-Djboss.server.base.dir=" + base,
                "-Djboss.http.port=" + launch.port(),
                "-Djboss.https.port=" + freePort(),
                "-Djboss.management.http.port=" + managementPort,
                "-Djboss.management.https.port=" + freePort(),
                "-P", properties.toUri().toString()));
        ProcessBuilder process = new ProcessBuilder(command);
        Map<String, String> environment = process.environment();
        environment.put("JAVA_HOME", System.getProperty("java.home"));
        // the script then runs the JVM as its child and hands it the signals it gets, so stopping stops both
        environment.put("LAUNCH_JBOSS_IN_BACKGROUND", "true");
        List<String> jvm = new ArrayList<>(launch.jvmOptions());
        jvm.removeIf(option -> option.startsWith(JMX_REMOTE));
        jvm.addAll(List.of("-Djava.net.preferIPv4Stack=true", "-Djboss.modules.system.pkgs=org.jboss.byteman"));
        environment.put("JAVA_OPTS", String.join(" ", jvm));
        return process;
    }

    /**
     * A remote JMX port asked for with the JDK's {@code com.sun.management.jmxremote.*} options is opened
     * now, through {@code jcmd ManagementAgent.start}: given at JVM start, the JDK's agent would set up
     * logging before WildFly's log manager, and WildFly does not boot then.
     */
    @Override
    public void ready(Launch launch, long pid) throws IOException, InterruptedException {
        List<String> agent = launch.jvmOptions().stream().filter(option -> option.startsWith(JMX_REMOTE))
                .map(option -> option.substring("-Dcom.sun.management.".length())).toList();
        if (agent.isEmpty()) {
            return;
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                Long.toString(pid), "ManagementAgent.start"));
        command.addAll(agent);
        Process jcmd = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(jcmd.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        if (!jcmd.waitFor(60, java.util.concurrent.TimeUnit.SECONDS) || jcmd.exitValue() != 0
                || !output.contains("successfully")) {
            throw new IllegalStateException("the JMX port did not open: " + output);
        }
    }

    /** MicroProfile Health is on WildFly's management interface. */
    @Override
    public String healthUrl(Launch launch) {
        return "http://127.0.0.1:" + managementPort + "/health";
    }

    /** The deployment scanner marks the outcome of a deployment with a file beside it. */
    @Override
    public boolean deployed(Launch launch) {
        return Files.exists(marker(launch, ".deployed"));
    }

    @Override
    public boolean deploymentFailed(Launch launch, String log) {
        return Files.exists(marker(launch, ".failed"));
    }

    /** The failed marker holds the deployment's failure description. */
    @Override
    public String deploymentFailure(Launch launch) throws IOException {
        return Files.readString(marker(launch, ".failed")) + "\n";
    }

    private static Path marker(Launch launch, String suffix) {
        return launch.workDir().resolve("wildfly-base").resolve("deployments").resolve("spgateway.war" + suffix);
    }

    private static void writeProperties(Map<String, String> values, Path file) throws IOException {
        Properties properties = new Properties();
        properties.putAll(values);
        try (OutputStream out = Files.newOutputStream(file)) {
            properties.store(out, "the gateway's settings for this start");
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (var paths = Files.walk(from)) {
            for (Path path : paths.toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
