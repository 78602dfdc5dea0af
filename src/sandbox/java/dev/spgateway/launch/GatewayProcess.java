package dev.spgateway.launch;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The gateway WAR running on a server in its own process (Payara Micro, or WildFly with
 * {@code -Dspgateway.server=wildfly}), configured like the README's run command from {@code server-config/}.
 * End-to-end tests start, stop and restart it; the demo launcher runs it in the foreground.
 */
public final class GatewayProcess implements AutoCloseable {

    /** Four minutes unless {@code spgateway.ready-timeout} says otherwise (a machine shared with other builds). */
    private static final Duration READY_TIMEOUT = Duration.parse(System.getProperty("spgateway.ready-timeout", "PT4M"));

    private final GatewayServer server;
    private final Path war;
    private final Path serverConfig;
    private final Path workDir;
    private final Map<String, String> properties = new LinkedHashMap<>();
    private final List<String> extraJvmOptions = new ArrayList<>();
    private int port;
    private Process process;
    private Path log;
    private GatewayServer.Launch launch;

    public GatewayProcess(GatewayServer server, Path war, Path serverConfig, Path workDir) {
        this.server = server;
        this.war = war;
        this.serverConfig = serverConfig;
        this.workDir = workDir;
    }

    public GatewayProcess(Path payaraJar, Path war, Path serverConfig, Path workDir) {
        this(new PayaraMicroServer(payaraJar), war, serverConfig, workDir);
    }

    /**
     * The build's own server, WAR and server-config, as Maven's failsafe run passes them: Payara Micro, or
     * WildFly when {@code spgateway.server} is {@code wildfly} ({@code wildfly.home}: the configured copy).
     */
    public static GatewayProcess fromBuild(Path workDir) {
        return new GatewayProcess(buildServer(),
                Path.of(System.getProperty("spgateway.war", "target/spgateway.war")),
                Path.of(System.getProperty("spgateway.server-config", "server-config")),
                workDir);
    }

    /** The server the build selected ({@code -Dspgateway.server}, Payara Micro unless {@code wildfly}). */
    public static GatewayServer buildServer() {
        String kind = System.getProperty("spgateway.server", "payara");
        return switch (kind) {
            case "payara" -> new PayaraMicroServer(Path.of(System.getProperty("payara.microJar", "target/payara-micro.jar")));
            case "wildfly" -> new WildFlyServer(Path.of(System.getProperty("wildfly.home", "target/wildfly")));
            default -> throw new IllegalArgumentException("spgateway.server must be payara or wildfly, not " + kind);
        };
    }

    public GatewayProcess property(String name, String value) {
        properties.put(name, value);
        return this;
    }

    /** A JVM option beyond server-config/jvm.options, such as a remote JMX port. */
    public GatewayProcess jvmOption(String option) {
        extraJvmOptions.add(option);
        return this;
    }

    public GatewayProcess port(int port) {
        this.port = port;
        return this;
    }

    /** Starts the server and returns once it is ready, with the server's output in {@link #log()}. */
    public GatewayProcess start() throws IOException, InterruptedException {
        return start(true);
    }

    /**
     * Starts the server and returns once the WAR answers its readiness check, UP or DOWN: for a server that is
     * expected not to become ready.
     */
    public GatewayProcess startDeployed() throws IOException, InterruptedException {
        return start(false);
    }

    private GatewayProcess start(boolean untilReady) throws IOException, InterruptedException {
        if (port == 0) {
            port = freePort();
        }
        Files.createDirectories(workDir);
        log = workDir.resolve("server.log");
        process = server.prepare(launch())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        awaitReady(untilReady);
        return this;
    }

    /**
     * Starts the server with its output on this console and returns once it is ready; the server ends with
     * this JVM.
     */
    public GatewayProcess startAttached() throws IOException, InterruptedException {
        if (port == 0) {
            port = 8080;
        }
        Files.createDirectories(workDir);
        process = server.prepare(launch()).inheritIO().start();
        Runtime.getRuntime().addShutdownHook(new Thread(this::stop));
        awaitReady(true);
        return this;
    }

    /** Waits until the server ends; returns its exit code. */
    public int waitFor() throws InterruptedException {
        return process.waitFor();
    }

    public List<String> command() throws IOException {
        return server.command(launch());
    }

    private GatewayServer.Launch launch() throws IOException {
        List<String> jvm = new ArrayList<>(jvmOptions());
        jvm.addAll(extraJvmOptions);
        launch = new GatewayServer.Launch(war, serverConfig, workDir, port, List.copyOf(jvm), Map.copyOf(properties));
        return launch;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    /** Where the server answers {@code /live} and {@code /ready} (not on the HTTP port on every server). */
    public String healthUrl() {
        return server.healthUrl(launch);
    }

    public Path log() {
        return log;
    }

    /** The server JVM's process id, for reading its resident memory (a start script's child, if any). */
    public long pid() {
        return process.descendants().filter(child -> child.info().command().orElse("").endsWith("java"))
                .mapToLong(ProcessHandle::pid).findFirst().orElse(process.pid());
    }

    /** Whether the server's JVM is still running (it exits on OutOfMemoryError, for one). */
    public boolean isAlive() {
        return process != null && process.isAlive();
    }

    public void stop() {
        if (process == null || !process.isAlive()) {
            return;
        }
        List<ProcessHandle> children = process.descendants().toList();
        process.destroy();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                children.forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        stop();
    }

    private List<String> jvmOptions() throws IOException {
        return Files.readAllLines(serverConfig.resolve("jvm.options")).stream()
                .map(String::trim)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .toList();
    }

    private void awaitReady(boolean untilUp) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest ready = HttpRequest.newBuilder(URI.create(healthUrl() + "/ready"))
                .timeout(Duration.ofSeconds(5)).build();
        Instant deadline = Instant.now().plus(READY_TIMEOUT);
        String lastAnswer = "no answer";
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the gateway exited during startup:\n" + logTail());
            }
            if (deploymentFailed()) {
                String reason = server.deploymentFailure(launch) + logTail();
                stop();
                throw new IllegalStateException("the gateway WAR failed to deploy:\n" + reason);
            }
            if (!server.deployed(launch)) {
                Thread.sleep(250);
                continue;
            }
            try {
                HttpResponse<String> answer = http.send(ready, HttpResponse.BodyHandlers.ofString());
                lastAnswer = "HTTP " + answer.statusCode() + " " + answer.body();
                // the server answers health before the WAR is deployed; the database check shows the WAR is in
                if ((answer.statusCode() == 200 || !untilUp) && answer.body().contains("\"database\"")) {
                    server.ready(launch, pid());
                    return;
                }
            } catch (IOException notYetListening) {
                // the server is still booting
            }
            Thread.sleep(250);
        }
        dumpThreads();
        stop();
        throw new IllegalStateException("the gateway was not ready within " + READY_TIMEOUT + " (last health answer: "
                + lastAnswer + "):\n" + logTail());
    }

    /** A server that never became ready leaves its threads' stacks in its log, to show what it waited for. */
    private void dumpThreads() {
        if (log == null || !process.isAlive()) {
            return;
        }
        try {
            new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                    Long.toString(process.pid()), "Thread.print")
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start()
                    .waitFor(30, TimeUnit.SECONDS);
        } catch (IOException e) {
            // no thread dump: the log still has the server's own output
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The server keeps running when the WAR fails to deploy; waiting for readiness would be in vain. */
    private boolean deploymentFailed() throws IOException {
        return log != null && Files.exists(log)
                && server.deploymentFailed(launch, Files.readString(log, StandardCharsets.UTF_8));
    }

    private String logTail() throws IOException {
        if (log == null) {
            return "(see the output above)";
        }
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
