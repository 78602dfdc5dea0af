package dev.spgateway.platform.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * This instance as one of several on a database. {@code spgateway.cluster.mode} {@code auto} shares through the
 * database on PostgreSQL and keeps everything in memory on H2, which serves one process only; {@code database}
 * and {@code local} force either.
 */
@ApplicationScoped
public class ClusterMembership {

    @Inject
    @ConfigProperty(name = "spgateway.cluster.mode")
    String mode;

    @Inject
    @ConfigProperty(name = "spgateway.db.url")
    String url;

    private final String instanceId = UUID.randomUUID().toString();
    private boolean shared;

    public ClusterMembership() {
    }

    public ClusterMembership(String mode, String url) {
        this.mode = mode;
        this.url = url;
        init();
    }

    @PostConstruct
    void init() {
        shared = switch (mode.trim().toLowerCase(Locale.ROOT)) {
            case "database" -> true;
            case "local" -> false;
            case "auto" -> postgresql();
            default -> throw new IllegalArgumentException("spgateway.cluster.mode is auto, database or local, not "
                    + mode);
        };
    }

    /** Changes, usage plans and report claims go through the database, not this instance's memory alone. */
    public boolean shared() {
        return shared;
    }

    public boolean postgresql() {
        return url != null && url.toLowerCase(Locale.ROOT).startsWith("jdbc:postgresql:");
    }

    /** Names this instance's rows, so that it does not apply its own changes twice. */
    public String instanceId() {
        return instanceId;
    }
}
