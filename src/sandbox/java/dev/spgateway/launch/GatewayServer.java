package dev.spgateway.launch;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * One kind of server that runs the gateway WAR: how it is started with the WAR deployed, where it answers
 * health checks, and how a failed deployment shows. {@link GatewayProcess} does the rest alike for all.
 */
public interface GatewayServer {

    /** What a start is given: the WAR, server-config, a work directory, the HTTP port and options. */
    record Launch(Path war, Path serverConfig, Path workDir, int port, List<String> jvmOptions,
            Map<String, String> properties) {
    }

    /** Readies the work directory (a fresh runtime directory, the WAR deployed) and returns the process. */
    ProcessBuilder prepare(Launch launch) throws IOException;

    /** Where {@code /live} and {@code /ready} answer. */
    String healthUrl(Launch launch);

    /** Whether the WAR is deployed, so that health answers are the gateway's (asking earlier only logs errors). */
    default boolean deployed(Launch launch) {
        return true;
    }

    /** Called once the gateway is ready, with the server JVM's process id. */
    default void ready(Launch launch, long pid) throws IOException, InterruptedException {
    }

    /** Whether the WAR failed to deploy while the server keeps running. */
    boolean deploymentFailed(Launch launch, String log) throws IOException;

    /** Why the WAR failed to deploy, where the server keeps that apart from its log. */
    default String deploymentFailure(Launch launch) throws IOException {
        return "";
    }

    /** The command line, for the record; the process may take more from its environment. */
    default List<String> command(Launch launch) throws IOException {
        return prepare(launch).command();
    }
}
