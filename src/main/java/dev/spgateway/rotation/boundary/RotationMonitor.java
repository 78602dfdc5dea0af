package dev.spgateway.rotation.boundary;

import dev.spgateway.monitoring.control.JmxContribution;
import dev.spgateway.monitoring.control.MXBeanRegistrations;
import dev.spgateway.rotation.control.AlertChannel;
import dev.spgateway.rotation.control.CredentialExpiryAlert;
import dev.spgateway.rotation.control.WebhookPayload;
import dev.spgateway.store.entity.CredentialState;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import javax.management.MBeanNotificationInfo;
import javax.management.Notification;
import javax.management.NotificationBroadcasterSupport;
import javax.management.NotificationEmitter;

/**
 * {@code spgateway:type=CredentialRotation} over JMX: stores per credential state, the last run, a run on
 * demand, and, as the outbox's {@value #CHANNEL} channel, each alert as a notification of type
 * {@value #NOTIFICATION_TYPE} with the alert's JSON as user data.
 */
@ApplicationScoped
public class RotationMonitor implements CredentialRotationMXBean, JmxContribution, AlertChannel {

    public static final String NOTIFICATION_TYPE = "spgateway.rotation.alert";
    public static final String CHANNEL = "jmx";
    static final String TYPE = "CredentialRotation";

    @EJB
    CredentialRotation rotation;

    @EJB
    RotationStatus status;

    private final NotificationBroadcasterSupport emitter = new NotificationBroadcasterSupport(
            new MBeanNotificationInfo(new String[] {NOTIFICATION_TYPE}, Notification.class.getName(),
                    "A store's LWA client secret crossed an expiry threshold or was refused"));
    private final AtomicLong sequence = new AtomicLong();
    private final AtomicLong alertsSent = new AtomicLong();
    private final AtomicLong deliveryTicks = new AtomicLong();
    private final AtomicReference<CredentialRotation.RunResult> lastRun = new AtomicReference<>();

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public Class<?> mxbeanInterface() {
        return CredentialRotationMXBean.class;
    }

    @Override
    public NotificationEmitter notifications() {
        return emitter;
    }

    @Override
    public String name() {
        return CHANNEL;
    }

    @Override
    public void deliver(CredentialExpiryAlert alert) {
        alertsSent.incrementAndGet();
        Notification notification = new Notification(NOTIFICATION_TYPE, MXBeanRegistrations.name(TYPE),
                sequence.incrementAndGet(), "Client secret " + alert.state() + " for " + alert.storeName() + " ("
                        + alert.daysLeft() + " days left)");
        notification.setUserData(WebhookPayload.body(alert));
        emitter.sendNotification(notification);
    }

    @Override
    public long getStoresOk() {
        return status.storesByState().get(CredentialState.OK);
    }

    @Override
    public long getStoresExpiring() {
        return status.storesByState().get(CredentialState.EXPIRING);
    }

    @Override
    public long getStoresExpired() {
        return status.storesByState().get(CredentialState.EXPIRED);
    }

    @Override
    public String getLastRunAt() {
        CredentialRotation.RunResult run = lastRun.get();
        return run == null ? null : run.at().toString();
    }

    @Override
    public int getLastRunAlerts() {
        CredentialRotation.RunResult run = lastRun.get();
        return run == null ? 0 : run.alerts().size();
    }

    @Override
    public long getAlertsSent() {
        return alertsSent.get();
    }

    @Override
    public long getAlertDeliveriesPending() {
        return status.pendingDeliveries();
    }

    @Override
    public long getDeliveryTicks() {
        return deliveryTicks.get();
    }

    /** A delivery timer tick is over: what it found due was handed to the channels. */
    public void deliveryTicked() {
        deliveryTicks.incrementAndGet();
    }

    @Override
    public String checkNow() {
        CredentialRotation.RunResult run = rotation.check();
        recorded(run);
        return run.ran() ? "checked at " + run.at() + ", " + run.alerts().size() + " new alert(s) to deliver"
                : "skipped: another instance holds this run";
    }

    public void recorded(CredentialRotation.RunResult run) {
        lastRun.set(run);
    }
}
