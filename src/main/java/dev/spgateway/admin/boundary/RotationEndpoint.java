package dev.spgateway.admin.boundary;

import dev.spgateway.rotation.boundary.RotationStatus;
import dev.spgateway.rotation.entity.AlertDelivery;
import dev.spgateway.rotation.entity.RotationAlert;
import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /admin/api/rotation}: the latest client-secret alerts, newest first, each with its deliveries per
 * channel, and stores per state.
 */
@WebServlet(urlPatterns = "/admin/api/rotation")
public class RotationEndpoint extends AdminApiServlet {

    private static final long serialVersionUID = 1L;
    private static final int ALERTS = 200;

    @EJB
    transient RotationStatus status;

    @EJB
    transient ConsoleStores stores;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Map<String, String> names = stores.namesById();
        List<RotationAlert> alerts = status.recentAlerts(ALERTS);
        Map<String, List<AlertDelivery>> deliveries = status.deliveries(alerts.stream().map(RotationAlert::id)
                .toList());
        ok(response, new Rotation(status.storesByState(), alerts.stream()
                .map(alert -> row(alert, names, deliveries.getOrDefault(alert.id(), List.of()))).toList()));
    }

    private static Alert row(RotationAlert alert, Map<String, String> names, List<AlertDelivery> deliveries) {
        return new Alert(alert.createdAt(), names.getOrDefault(alert.storeId(), alert.storeId()),
                alert.state().name(), alert.thresholdDays(), alert.daysLeft(), alert.expiresAt(), alert.reason(),
                deliveries.stream().map(d -> new Delivery(d.channel(), d.state().name(), d.attempts(),
                        d.lastError().orElse(null))).toList());
    }

    /** Stores per state and the alerts. */
    public record Rotation(Map<?, Long> storesByState, java.util.List<Alert> alerts) {
    }

    /** One alert as the console lists it. */
    public record Alert(Instant sentAt, String store, String state, int thresholdDays, int daysLeft,
            Instant expiresAt, String reason, List<Delivery> deliveries) {
    }

    /** How far an alert got through one channel: PENDING (with the last failure) or DELIVERED. */
    public record Delivery(String channel, String state, int attempts, String lastError) {
    }
}
