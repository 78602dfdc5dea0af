package dev.spgateway.report.control;

import dev.spgateway.platform.boundary.ApplicationDatabase;
import dev.spgateway.platform.control.ClusterMembership;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import javax.sql.DataSource;

/**
 * Report work that one instance of a cluster does for all (creating a report, asking for its document): the
 * instance whose single statement inserts the claim, or takes over one whose lease ran out on the database's
 * clock, does it; the others wait for its result in the database. A single instance's flights already make
 * such work happen once, so there every claim is granted without a statement.
 */
@ApplicationScoped
public class ReportClaims {

    private static final String CLAIM = "INSERT INTO report_claim AS c (claim_key, claimed_by, claimed_until)"
            + " VALUES (?, ?, CURRENT_TIMESTAMP + ? * INTERVAL '1 millisecond') ON CONFLICT (claim_key) DO UPDATE"
            + " SET claimed_by = EXCLUDED.claimed_by, claimed_until = EXCLUDED.claimed_until"
            + " WHERE c.claimed_until < CURRENT_TIMESTAMP RETURNING c.claimed_by";
    private static final String RELEASE = "DELETE FROM report_claim WHERE claim_key = ? AND claimed_by = ?";

    @Inject
    ClusterMembership membership;

    @Resource(lookup = ApplicationDatabase.DATASOURCE)
    DataSource dataSource;

    public boolean shared() {
        return membership.shared() && membership.postgresql();
    }

    /** True when this instance holds the claim now, for at most {@code lease}. */
    public boolean claim(String key, Duration lease) {
        if (!shared()) {
            return true;
        }
        try (Connection connection = dataSource.getConnection();
                PreparedStatement claim = connection.prepareStatement(CLAIM)) {
            claim.setString(1, key);
            claim.setString(2, membership.instanceId());
            claim.setLong(3, lease.toMillis());
            try (ResultSet row = claim.executeQuery()) {
                return row.next();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the report claim could not be taken", e);
        }
    }

    /** Gives the claim back before its lease ends, once its work is in the database. */
    public void release(String key) {
        if (!shared()) {
            return;
        }
        try (Connection connection = dataSource.getConnection();
                PreparedStatement release = connection.prepareStatement(RELEASE)) {
            release.setString(1, key);
            release.setString(2, membership.instanceId());
            release.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("the report claim could not be given back", e);
        }
    }
}
