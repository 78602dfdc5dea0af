package dev.spgateway.rotation.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;

/** Hourly trigger of the client-secret lifetime job. */
@Singleton
public class RotationTimer {

    @EJB
    CredentialRotation rotation;

    @EJB
    RotationMonitor monitor;

    /**
     * Not persistent on purpose: a tick missed while no instance ran needs no catching up, because each run
     * derives every state from the stored dates, and every instance schedules its own timer while the
     * database lease picks the one that does the work.
     */
    @Schedule(hour = "*", minute = "5", timezone = "UTC", persistent = false, info = "credential-rotation")
    void tick() {
        monitor.recordScheduled(rotation.check());
    }
}
