package dev.spgateway.admin.boundary;

import dev.spgateway.rotation.boundary.RotationStatus;
import dev.spgateway.rotation.control.AlertSummary;
import dev.spgateway.rotation.control.DeliverySummary;
import dev.spgateway.store.boundary.StoreOverview;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /admin/api/rotation}: the latest client-secret alerts, newest first, each with its deliveries per
 * channel, and stores per state.
 */
@Path("rotation")
@RequestScoped
public class RotationEndpoint {

    private static final int ALERTS = 200;

    @EJB
    RotationStatus status;

    @EJB
    StoreOverview stores;

    @GET
    public Rotation rotation() {
        Map<String, String> names = stores.namesById();
        return new Rotation(status.storesByState(), status.recentAlerts(ALERTS).stream()
                .map(alert -> row(alert, names)).toList());
    }

    private static Alert row(AlertSummary alert, Map<String, String> names) {
        return new Alert(alert.sentAt(), names.getOrDefault(alert.storeId(), alert.storeId()), alert.state(),
                alert.thresholdDays(), alert.daysLeft(), alert.expiresAt(), alert.reason(), alert.deliveries());
    }

    /** Stores per state and the alerts. */
    public record Rotation(Map<?, Long> storesByState, List<Alert> alerts) {
    }

    /** One alert as the console lists it. */
    public record Alert(Instant sentAt, String store, String state, int thresholdDays, int daysLeft,
            Instant expiresAt, String reason, List<DeliverySummary> deliveries) {
    }
}
