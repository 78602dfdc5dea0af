package dev.spgateway.rotation.boundary;

import dev.spgateway.rotation.control.AlertChannel;
import dev.spgateway.rotation.control.AlertOutbox;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.logging.Logger;
import java.util.stream.StreamSupport;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Delivers the alerts in the outbox through this instance's enabled channels: at once after the job recorded
 * some (off the caller's thread), and on {@link AlertDeliveryTimer}'s ticks for the retries. Each unit runs in
 * a short transaction of its own; no transaction is held while a channel delivers.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AlertDeliveries {

    private static final Logger LOG = Logger.getLogger(AlertDeliveries.class.getName());

    @EJB
    RotationTransactions transactions;

    @Inject
    @Any
    Instance<AlertChannel> channels;

    @Inject
    @ConfigProperty(name = "spgateway.rotation.delivery.retry-initial")
    Duration firstRetry;

    @Inject
    @ConfigProperty(name = "spgateway.rotation.delivery.retry-max")
    Duration maxRetry;

    Clock clock = Clock.systemUTC();

    /** The channels alerts go to, by name; creating them checks their configuration. */
    public List<String> channelNames() {
        return enabledChannels().stream().map(AlertChannel::name).toList();
    }

    public AlertOutbox.Pass deliverDue() {
        return new AlertOutbox(transactions, enabledChannels(), firstRetry, maxRetry, clock).deliverDue();
    }

    @Asynchronous
    public void deliverSoon() {
        try {
            deliverDue();
        } catch (RuntimeException e) {
            LOG.warning(() -> "Rotation alerts were not delivered now; the next delivery tick tries again: " + e);
        }
    }

    private List<AlertChannel> enabledChannels() {
        return StreamSupport.stream(channels.spliterator(), false).filter(AlertChannel::enabled).toList();
    }
}
