package dev.spgateway.rotation.boundary;

/** {@code spgateway:type=CredentialRotation}: client-secret states, the last run, and a run on demand. */
public interface CredentialRotationMXBean {

    long getStoresOk();

    long getStoresExpiring();

    long getStoresExpired();

    String getLastRunAt();

    int getLastRunAlerts();

    /** JMX notifications of alerts this instance sent since it started. */
    long getAlertsSent();

    /** Alert deliveries not yet taken by their channel (all channels, all instances). */
    long getAlertDeliveriesPending();

    /** Delivery timer ticks this instance finished since it started (each looked at every due delivery). */
    long getDeliveryTicks();

    /** Runs the job now (subject to the lease, like the timer) and says what it did. */
    String checkNow();
}
