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

    static String serverLog(GatewayProcess gateway) throws IOException {
        return java.nio.file.Files.readString(gateway.log());
    }

    static Path workDir(String name) {
        return Path.of("target", "e2e", name + "-" + java.util.UUID.randomUUID());
    }
}
