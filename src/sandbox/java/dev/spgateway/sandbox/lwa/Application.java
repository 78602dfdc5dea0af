package dev.spgateway.sandbox.lwa;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A registered SP-API application (LWA client) with its secrets, newest last. */
public final class Application {

    record Secret(String value, Instant expiresAt) {
    }

    private final String clientId;
    private final boolean restrictedRole;
    private final List<Secret> secrets = new ArrayList<>();
    private volatile String iamRoleArn;

    Application(String clientId, boolean restrictedRole) {
        this.clientId = clientId;
        this.restrictedRole = restrictedRole;
    }

    public String clientId() {
        return clientId;
    }

    public boolean restrictedRole() {
        return restrictedRole;
    }

    /** The IAM role registered with a legacy application; null when any registered role will do. */
    public String iamRoleArn() {
        return iamRoleArn;
    }

    void iamRoleArn(String arn) {
        this.iamRoleArn = arn;
    }

    synchronized void addSecret(String value, Instant expiresAt) {
        secrets.add(new Secret(value, expiresAt));
    }

    synchronized boolean acceptsSecret(String value, Instant now) {
        return secrets.stream().anyMatch(s -> s.value().equals(value) && now.isBefore(s.expiresAt()));
    }

    synchronized String currentSecret() {
        return secrets.get(secrets.size() - 1).value();
    }

    /** Older secrets end no later than the given instant. */
    synchronized void capOlderSecrets(Instant latest) {
        for (int i = 0; i < secrets.size() - 1; i++) {
            Secret s = secrets.get(i);
            if (s.expiresAt().isAfter(latest)) {
                secrets.set(i, new Secret(s.value(), latest));
            }
        }
    }

    synchronized void expireCurrent(Instant at) {
        Secret s = secrets.remove(secrets.size() - 1);
        secrets.add(new Secret(s.value(), at));
    }
}
