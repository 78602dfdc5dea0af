package dev.spgateway.admin.boundary;

import dev.spgateway.rotation.boundary.RotationStatus;
import dev.spgateway.rotation.entity.RotationAlert;
import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.util.Map;

/** {@code GET /admin/api/rotation}: the latest client-secret alerts, newest first, and stores per state. */
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
        ok(response, new Rotation(status.storesByState(), status.recentAlerts(ALERTS).stream()
                .map(alert -> row(alert, names)).toList()));
    }

    private static Alert row(RotationAlert alert, Map<String, String> names) {
        return new Alert(alert.createdAt(), names.getOrDefault(alert.storeId(), alert.storeId()),
                alert.state().name(), alert.thresholdDays(), alert.daysLeft(), alert.expiresAt(), alert.reason());
    }

    /** Stores per state and the alerts. */
    public record Rotation(Map<?, Long> storesByState, java.util.List<Alert> alerts) {
    }

    /** One alert as the console lists it. */
    public record Alert(Instant sentAt, String store, String state, int thresholdDays, int daysLeft,
            Instant expiresAt, String reason) {
    }
}
