package dev.spgateway.rotation.control;

/**
 * One way an alert goes out (webhook, JMX notification, log, CDI event). Each alert is delivered to each
 * enabled channel on its own delivery row, so a channel that throws is retried later and never keeps an
 * alert from the other channels.
 */
public interface AlertChannel {

    /** The channel's name in the delivery rows: at most 32 characters, stable across releases. */
    String name();

    /** False when the channel is not configured; it then gets no deliveries. */
    default boolean enabled() {
        return true;
    }

    /** Hands the alert over; returns normally only once the channel took it. */
    void deliver(CredentialExpiryAlert alert);
}
