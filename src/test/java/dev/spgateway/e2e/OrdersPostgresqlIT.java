package dev.spgateway.e2e;

import dev.spgateway.persistence.TestDatabase;

/** The order end-to-end tests with the gateway on PostgreSQL; skipped without one, except under CI. */
class OrdersPostgresqlIT extends OrdersIT {

    @Override
    TestDatabase database() {
        return TestDatabase.postgresql();
    }
}
