package dev.spgateway.e2e;

import dev.spgateway.persistence.TestDatabase;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/** The hostile-input suite against the gateway on H2 (served to it over loopback TCP, so the test reads along). */
class HostileInputH2IT extends HostileInput {

    private static HostileGateway ground;

    @BeforeContainer
    static void start() throws Exception {
        ground = HostileGateway.start("hostile-h2", TestDatabase.h2Server());
    }

    @AfterContainer
    static void stop() {
        if (ground != null) {
            ground.close();
        }
    }

    @Override
    HostileGateway ground() {
        return ground;
    }
}
