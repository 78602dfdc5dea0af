package dev.spgateway.e2e;

import dev.spgateway.launch.GatewayProcess;
import dev.spgateway.sandbox.SpApiSandbox;
import java.io.IOException;
import java.nio.file.Path;

/** Points a gateway process at a running sandbox for every Amazon endpoint. */
final class SandboxedGateway {

    private SandboxedGateway() {
    }

    static GatewayProcess configure(GatewayProcess gateway, SpApiSandbox sandbox) {
        gateway.property("spgateway.lwa.url", sandbox.lwaUrl())
                .property("spgateway.sts.url", sandbox.baseUrl());
        for (String region : new String[] {"na", "eu", "fe"}) {
            gateway.property("spgateway.spapi." + region + ".url", sandbox.baseUrl());
            gateway.property("spgateway.spapi.sandbox." + region + ".url", sandbox.staticSandboxBaseUrl());
        }
        return gateway;
    }

    /** Points the gateway at a test database, which trusts local connections: the password is never checked. */
    static GatewayProcess onDatabase(GatewayProcess gateway, String jdbcUrl, String user) {
        return gateway.property("spgateway.db.url", jdbcUrl)
                .property("spgateway.db.user", user)
                .property("spgateway.db.password", "unused-with-trust-auth");
    }

    /** Opens the server's platform MBean server on a loopback port, without authentication (tests only). */
    static GatewayProcess withRemoteJmx(GatewayProcess gateway, int port) {
        return gateway.jvmOption("-Dcom.sun.management.jmxremote.port=" + port)
                .jvmOption("-Dcom.sun.management.jmxremote.rmi.port=" + port)
                .jvmOption("-Dcom.sun.management.jmxremote.host=127.0.0.1")
                .jvmOption("-Dcom.sun.management.jmxremote.authenticate=false")
                .jvmOption("-Dcom.sun.management.jmxremote.ssl=false")
                .jvmOption("-Djava.rmi.server.hostname=127.0.0.1");
    }

    static javax.management.remote.JMXConnector connectJmx(int port) throws IOException {
        return javax.management.remote.JMXConnectorFactory.connect(new javax.management.remote.JMXServiceURL(
                "service:jmx:rmi:///jndi/rmi://127.0.0.1:" + port + "/jmxrmi"));
    }

    static int freePort() throws IOException {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    static String serverLog(GatewayProcess gateway) throws IOException {
        return java.nio.file.Files.readString(gateway.log());
    }

    static Path workDir(String name) {
        return Path.of("target", "e2e", name + "-" + java.util.UUID.randomUUID());
    }
}
