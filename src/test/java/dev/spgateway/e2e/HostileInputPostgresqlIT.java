package dev.spgateway.e2e;

import dev.spgateway.persistence.TestDatabase;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.lifecycle.LifecycleContext;
import net.jqwik.api.lifecycle.SkipExecutionHook;
import org.opentest4j.TestAbortedException;

/** The hostile-input suite against the gateway on PostgreSQL; skipped without one, except under CI. */
@AddLifecycleHook(HostileInputPostgresqlIT.PostgresqlReachable.class)
class HostileInputPostgresqlIT extends HostileInput {

    private static HostileGateway ground;

    @BeforeContainer
    static void start() throws Exception {
        ground = HostileGateway.start("hostile-postgresql", TestDatabase.postgresql());
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

    /** TestDatabase's rule: without PostgreSQL the suite is skipped with the reason, under CI it fails. */
    public static class PostgresqlReachable implements SkipExecutionHook {

        private static SkipResult verdict;

        @Override
        public synchronized SkipResult shouldBeSkipped(LifecycleContext context) {
            if (verdict == null) {
                try {
                    TestDatabase.postgresql().close();
                    verdict = SkipResult.doNotSkip();
                } catch (TestAbortedException unreachable) {
                    verdict = SkipResult.skip(unreachable.getMessage());
                }
            }
            return verdict;
        }
    }
}
