package dev.spgateway.rotation.boundary;

import dev.spgateway.rotation.control.CredentialExpiryAlert;
import dev.spgateway.rotation.control.WebhookPayload;
import dev.spgateway.store.entity.CredentialState;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.event.Observes;
import java.lang.management.ManagementFactory;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import javax.management.JMException;
import javax.management.MBeanNotificationInfo;
import javax.management.MBeanServer;
import javax.management.Notification;
import javax.management.NotificationBroadcasterSupport;
import javax.management.ObjectName;

/**
 * Publishes {@code spgateway:type=CredentialRotation} on the platform MBean server for the time the
 * application is deployed, and turns each alert into a JMX notification (type
 * {@value #NOTIFICATION_TYPE}, the alert's JSON as user data).
 */
@Singleton
@Startup
@LocalBean
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class RotationMonitor extends NotificationBroadcasterSupport implements CredentialRotationMXBean {

    public static final String NOTIFICATION_TYPE = "spgateway.rotation.alert";
    static final String OBJECT_NAME = "spgateway:type=CredentialRotation";

    @EJB
    CredentialRotation rotation;

    @EJB
    RotationStatus status;

    private final AtomicLong sequence = new AtomicLong();
    private final AtomicLong alertsSent = new AtomicLong();
    private final AtomicReference<CredentialRotation.RunResult> lastRun = new AtomicReference<>();
    private ObjectName name;

    public RotationMonitor() {
        super(new MBeanNotificationInfo(new String[] {NOTIFICATION_TYPE}, Notification.class.getName(),
                "A store's LWA client secret crossed an expiry threshold or was refused"));
    }

    @PostConstruct
    void register() {
        try {
            name = new ObjectName(OBJECT_NAME);
            MBeanServer server = ManagementFactory.getPlatformMBeanServer();
            if (server.isRegistered(name)) {
                server.unregisterMBean(name);
            }
            server.registerMBean(this, name);
        } catch (JMException e) {
            throw new IllegalStateException("the rotation MXBean could not be registered", e);
        }
    }

    @PreDestroy
    void unregister() {
        try {
            ManagementFactory.getPlatformMBeanServer().unregisterMBean(name);
        } catch (JMException alreadyGone) {
            // nothing left to clean up
        }
    }

    public void alerted(@Observes CredentialExpiryAlert alert) {
        alertsSent.incrementAndGet();
        Notification notification = new Notification(NOTIFICATION_TYPE, name, sequence.incrementAndGet(),
                "Client secret " + alert.state() + " for " + alert.storeName() + " (" + alert.daysLeft()
                        + " days left)");
        notification.setUserData(WebhookPayload.body(alert));
        sendNotification(notification);
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
    public String checkNow() {
        CredentialRotation.RunResult run = rotation.check();
        lastRun.set(run);
        return run.ran() ? "checked at " + run.at() + ", " + run.alerts().size() + " alert(s) sent"
                : "skipped: another instance holds this run";
    }

    public void recordScheduled(CredentialRotation.RunResult run) {
        lastRun.set(run);
    }
}
