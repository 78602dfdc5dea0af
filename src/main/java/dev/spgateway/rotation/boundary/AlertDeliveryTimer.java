package dev.spgateway.rotation.boundary;

import dev.spgateway.rotation.control.WebhookChannel;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every {@code spgateway.rotation.delivery.interval}, delivers the alerts whose time has come (retries after
 * a failed attempt, or alerts an instance recorded but could not send). Starting it checks the channels'
 * configuration: a webhook URL that cannot be used stops the deployment with the reason.
 */
@Singleton
@Startup
public class AlertDeliveryTimer {

    private static final Logger LOG = Logger.getLogger(AlertDeliveryTimer.class.getName());

    @EJB
    AlertDeliveries deliveries;

    @Inject
    WebhookChannel webhook;

    @Inject
    RotationMonitor monitor;

    @Resource
    TimerService timers;

    @Inject
    @ConfigProperty(name = "spgateway.rotation.delivery.interval")
    Duration interval;

    @PostConstruct
    void start() {
        String channels = String.join(", ", deliveries.channelNames());
        LOG.info(() -> "Rotation alerts go to: " + channels + webhook.host().map(host -> " (webhook at " + host + ")")
                .orElse(""));
        long millis = Math.max(1, interval.toMillis());
        timers.createIntervalTimer(millis, millis, new TimerConfig("alert-delivery", false));
    }

    @Timeout
    void deliver() {
        try {
            deliveries.deliverDue();
        } catch (RuntimeException e) {
            LOG.warning(() -> "Rotation alerts were not delivered on this tick; the next one tries again: " + e);
        } finally {
            monitor.deliveryTicked();
        }
    }
}
