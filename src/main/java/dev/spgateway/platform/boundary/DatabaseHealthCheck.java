package dev.spgateway.platform.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only while the database answers: without it no call can be authenticated. Each check is a probe, so
 * readiness checks also tell the API that the database is back.
 */
@Readiness
@ApplicationScoped
public class DatabaseHealthCheck implements HealthCheck {

    @Inject
    DatabaseAvailability database;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("database").status(database.reachable()).build();
    }
}
