package dev.spgateway.rotation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

/**
 * Each alert as a CDI event of type {@link CredentialExpiryAlert}, for whatever else in the application
 * observes them; an observer that throws gets the alert again later.
 */
@ApplicationScoped
public class EventChannel implements AlertChannel {

    public static final String NAME = "event";

    @Inject
    Event<CredentialExpiryAlert> alerts;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void deliver(CredentialExpiryAlert alert) {
        alerts.fire(alert);
    }
}
