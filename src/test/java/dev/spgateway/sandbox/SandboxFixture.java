package dev.spgateway.sandbox;

import dev.spgateway.sandbox.control.SandboxControl;
import dev.spgateway.sandbox.time.MutableClock;

import java.util.List;

/** A started sandbox with one application, one NA seller and a fresh access token. */
final class SandboxFixture implements AutoCloseable {

    static final String US = "ATVPDKIKX0DER";

    // usage plans on the standing clock too, so that bucket tests count tokens exactly
    final SpApiSandbox sandbox = SpApiSandbox.start(0, MutableClock.atSystemTime());
    final MutableClock clock = sandbox.testClock();
    final SandboxControl control = sandbox.control();
    final SandboxClient client = new SandboxClient(sandbox.baseUrl());
    final SandboxControl.AppCredentials app;
    final String sellerId;
    final String refreshToken;
    String token;

    SandboxFixture(boolean restrictedRole, String... marketplaceIds) {
        app = control.registerApplication(restrictedRole);
        sellerId = control.registerSeller(List.of(marketplaceIds.length == 0 ? new String[] {US} : marketplaceIds))
                .sellerId();
        refreshToken = control.authorize(sellerId, app.clientId());
        token = client.accessToken(app.clientId(), app.clientSecret(), refreshToken);
    }

    String refreshAccessToken() {
        token = client.accessToken(app.clientId(), app.clientSecret(), refreshToken);
        return token;
    }

    @Override
    public void close() {
        sandbox.stop();
    }
}
