package dev.spgateway.rotation.boundary;

/** {@code spgateway:type=CredentialRotation}: client-secret states, the last run, and a run on demand. */
public interface CredentialRotationMXBean {

    long getStoresOk();

    long getStoresExpiring();

    long getStoresExpired();

    String getLastRunAt();

    int getLastRunAlerts();

    long getAlertsSent();

    /** Runs the job now (subject to the lease, like the timer) and says what it did. */
    String checkNow();
}
