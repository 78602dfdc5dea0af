package dev.spgateway.rotation.boundary;

import jakarta.annotation.PreDestroy;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

/** Hourly trigger of the client-secret lifetime job; gives the job's lease back when the application stops. */
@Singleton
@Startup
public class RotationTimer {

    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(RotationTimer.class.getName());

    @EJB
    CredentialRotation rotation;

    @Inject
    RotationMonitor monitor;

    /**
     * Not persistent on purpose: a tick missed while no instance ran needs no catching up, because each run
     * derives every state from the stored dates, and every instance schedules its own timer while the
     * database lease picks the one that does the work.
     */
    @PreDestroy
    void releaseLease() {
        try {
            rotation.releaseLease();
        } catch (RuntimeException e) {
            LOG.warning(() -> "Credential rotation lease not released at shutdown; it ends on its own: "
                    + e.getMessage());
        }
    }

    @Schedule(hour = "*", minute = "5", timezone = "UTC", persistent = false, info = "credential-rotation")
    void tick() {
        monitor.recorded(rotation.check());
    }
}
