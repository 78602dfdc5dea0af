package dev.spgateway.sandbox;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The demo sandbox the launcher starts, and the properties it hands the gateway (Payara is not started). */
class DemoLauncherTest {

    @Test
    void demoCredentialsWorkAndTheGatewayIsPointedAtTheSandbox() throws Exception {
        try (SpApiSandbox sandbox = DemoLauncher.startDemoSandbox()) {
            SandboxClient client = new SandboxClient(sandbox.baseUrl());
            String token = client.accessToken(DemoLauncher.DEMO_CLIENT_ID, DemoLauncher.DEMO_CLIENT_SECRET,
                    DemoLauncher.DEMO_REFRESH_TOKEN);
            assertEquals(200, client.get("/sellers/v1/marketplaceParticipations", token).status());

            Map<String, String> properties = DemoLauncher.sandboxProperties(sandbox);
            assertEquals(sandbox.baseUrl() + "/auth/o2/token", properties.get("spgateway.lwa.url"));
            assertEquals(sandbox.baseUrl(), properties.get("spgateway.sts.url"));
            assertEquals(sandbox.baseUrl(), properties.get("spgateway.spapi.fe.url"));
            assertEquals(sandbox.staticSandboxBaseUrl(), properties.get("spgateway.spapi.sandbox.eu.url"));
            assertEquals(8, properties.size());

            Map<String, String> gateway = DemoLauncher.gatewayProperties(sandbox);
            assertEquals(sandbox.lwaUrl(), gateway.get("spgateway.lwa.url"));
            assertTrue(gateway.containsKey("spgateway.bootstrap.api-key"));
        }
    }
}
