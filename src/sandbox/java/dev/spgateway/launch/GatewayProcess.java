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
 * The gateway WAR running on Payara Micro in its own JVM, configured like the README's run command from
 * {@code server-config/}. End-to-end tests start, stop and restart it; the demo launcher runs it in the
 * foreground.
 */
public final class GatewayProcess implements AutoCloseable {

    private static final Duration READY_TIMEOUT = Duration.ofMinutes(4);

    private final Path payaraJar;
    private final Path war;
    private final Path serverConfig;
    private final Path workDir;
    private final Map<String, String> properties = new LinkedHashMap<>();
    private final List<String> extraJvmOptions = new ArrayList<>();
    private int port;
    private Process process;
    private Path log;

    public GatewayProcess(Path payaraJar, Path war, Path serverConfig, Path workDir) {
        this.payaraJar = payaraJar;
        this.war = war;
        this.serverConfig = serverConfig;
        this.workDir = workDir;
    }

    /** The build's own Payara Micro, WAR and server-config, as Maven's failsafe run passes them. */
    public static GatewayProcess fromBuild(Path workDir) {
        return new GatewayProcess(
                Path.of(System.getProperty("payara.microJar", "target/payara-micro.jar")),
                Path.of(System.getProperty("spgateway.war", "target/spgateway.war")),
                Path.of(System.getProperty("spgateway.server-config", "server-config")),
                workDir);
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
        if (port == 0) {
            port = freePort();
        }
        Files.createDirectories(workDir);
        freshRuntimeDirectory();
        log = workDir.resolve("server.log");
        process = new ProcessBuilder(command())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        awaitReady();
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
        freshRuntimeDirectory();
        process = new ProcessBuilder(command()).inheritIO().start();
        Runtime.getRuntime().addShutdownHook(new Thread(this::stop));
        awaitReady();
        return this;
    }

    /** Waits until the server ends; returns its exit code. */
    public int waitFor() throws InterruptedException {
        return process.waitFor();
    }

    public List<String> command() throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions());
        command.addAll(extraJvmOptions);
        properties.forEach((name, value) -> command.add("-D" + name + "=" + value));
        command.addAll(List.of("-jar", payaraJar.toString(),
                "--deploy", war.toString(),
                "--contextroot", "/",
                "--port", Integer.toString(port),
                "--nocluster",
                "--disablephonehome",
                "--rootdir", workDir.resolve("payara-root").toAbsolutePath().toString(),
                "--prebootcommandfile", serverConfig.resolve("pre-boot-commands.asadmin").toString(),
                "--logproperties", serverConfig.resolve("logging.properties").toString()));
        return command;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    public Path log() {
        return log;
    }

    /** The server JVM's process id, for reading its resident memory. */
    public long pid() {
        return process.pid();
    }

    /** Whether the server's JVM is still running (it exits on OutOfMemoryError, for one). */
    public boolean isAlive() {
        return process != null && process.isAlive();
    }

    public void stop() {
        if (process == null || !process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
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

    /**
     * Payara Micro saves its runtime configuration, deployments included, in the root directory and replays
     * it at the next start; the command line and server-config are the whole configuration, so start clean.
     */
    private void freshRuntimeDirectory() throws IOException {
        Path root = workDir.resolve("payara-root");
        if (Files.exists(root)) {
            try (var paths = Files.walk(root)) {
                for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }

    private List<String> jvmOptions() throws IOException {
        return Files.readAllLines(serverConfig.resolve("jvm.options")).stream()
                .map(String::trim)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .toList();
    }

    private void awaitReady() throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest ready = HttpRequest.newBuilder(URI.create(baseUrl() + "/health/ready"))
                .timeout(Duration.ofSeconds(5)).build();
        Instant deadline = Instant.now().plus(READY_TIMEOUT);
        String lastAnswer = "no answer";
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the gateway exited during startup:\n" + logTail());
            }
            if (deploymentFailed()) {
                stop();
                throw new IllegalStateException("the gateway WAR failed to deploy:\n" + logTail());
            }
            try {
                HttpResponse<String> answer = http.send(ready, HttpResponse.BodyHandlers.ofString());
                lastAnswer = "HTTP " + answer.statusCode() + " " + answer.body();
                // Payara answers health before the WAR is deployed; the database check shows the WAR is in
                if (answer.statusCode() == 200 && answer.body().contains("\"database\"")) {
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

    /** Payara keeps running when the WAR fails to deploy; waiting for readiness would be in vain. */
    private boolean deploymentFailed() throws IOException {
        return log != null && Files.exists(log)
                && Files.readString(log, StandardCharsets.UTF_8).contains("Exception while loading the app");
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
