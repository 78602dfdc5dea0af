package dev.spgateway.amazon.control;

import com.github.benmanes.caffeine.cache.Caffeine;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.function.BooleanSupplier;
import javax.sql.DataSource;

/**
 * The buckets in PostgreSQL ({@code usage_bucket}), so that every instance on the database takes from the same
 * one. A token costs one statement, one round trip: an upsert that refills the row by the time elapsed on the
 * database's clock (one clock for all instances), takes the token and returns what is left. The rate Amazon
 * reports and the end of a backoff are written only when they differ from what that statement returned, so a
 * call that changes nothing adds no second round trip (docs/scaling.md has the measured cost). Each statement commits on its own: the row is locked
 * for the microseconds of one update, never across a call to Amazon.
 */
final class SharedBuckets implements Buckets {

    static final int MAX_KEY = 300;
    private static final int MAX_DOUBLINGS = 5;
    private static final String NOW = "CAST(EXTRACT(EPOCH FROM clock_timestamp()) * 1000000 AS BIGINT)";
    private static final String REFILLED = "LEAST(b.burst, b.tokens + GREATEST(0, " + NOW + " - b.refilled_micros)"
            + " / 1000000.0 * b.rate)";
    /**
     * The token's commit does not wait for the disk (synchronous_commit off for this statement's transaction
     * only): that wait was nine tenths of the statement's time, and what a database crash could lose is the
     * last fraction of a second of token counts, never a row or another table's data.
     */
    private static final String UPSERT = " INSERT INTO usage_bucket AS b (bucket_key, rate, burst, tokens,"
            + " refilled_micros, throttles) SELECT ?, ?, ?, ? - 1, " + NOW + ", 0 FROM relaxed ON CONFLICT (bucket_key)"
            + " DO UPDATE SET tokens = " + REFILLED + " - 1, refilled_micros = GREATEST(b.refilled_micros, " + NOW + ")"
            + " RETURNING b.tokens, b.rate, b.throttles";
    private static final String TAKE = "WITH relaxed AS (SELECT set_config('synchronous_commit', 'off', true))"
            + UPSERT;
    /** Inside a caller's transaction the setting would hold for all of it: then the token commits as usual. */
    private static final String TAKE_IN_TRANSACTION = "WITH relaxed AS (SELECT 1)" + UPSERT;
    private static final String GIVE_BACK = "UPDATE usage_bucket b SET tokens = LEAST(b.burst, b.tokens + 1)"
            + " WHERE bucket_key = ?";
    private static final String ADJUST = "UPDATE usage_bucket b SET tokens = " + REFILLED + ", refilled_micros = "
            + "GREATEST(b.refilled_micros, " + NOW + "), rate = ? WHERE bucket_key = ?";
    private static final String THROTTLED = "UPDATE usage_bucket b SET tokens = LEAST(" + REFILLED + ", 1 - POWER(2,"
            + " LEAST(b.throttles, " + MAX_DOUBLINGS + "))), refilled_micros = GREATEST(b.refilled_micros, " + NOW
            + "), throttles = LEAST(b.throttles + 1, " + (MAX_DOUBLINGS + 1) + ") WHERE bucket_key = ?"
            + " RETURNING b.rate, b.throttles";
    private static final String AVAILABLE = "SELECT " + REFILLED + " FROM usage_bucket b WHERE bucket_key = ?";
    private static final String ANSWERED = "UPDATE usage_bucket SET throttles = 0 WHERE bucket_key = ?";

    private final DataSource dataSource;
    /** What this instance last read of each bucket: spares the writes that would change nothing. */
    private final Map<String, Seen> seen = Caffeine.newBuilder().maximumSize(LocalBuckets.MAX_BUCKETS)
            .<String, Seen>build().asMap();

    private record Seen(double rate, int throttles) {
    }

    private final BooleanSupplier inTransaction;

    SharedBuckets(DataSource dataSource) {
        this(dataSource, () -> false);
    }

    SharedBuckets(DataSource dataSource, BooleanSupplier inTransaction) {
        this.dataSource = dataSource;
        this.inTransaction = inTransaction;
    }

    @Override
    public Duration take(String sellerKey, SpApiOperation operation) {
        String key = key(sellerKey, operation);
        return execute(inTransaction.getAsBoolean() ? TAKE_IN_TRANSACTION : TAKE, statement -> {
            statement.setString(1, key);
            statement.setDouble(2, operation.defaultRate());
            statement.setInt(3, operation.defaultBurst());
            statement.setInt(4, operation.defaultBurst());
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                double tokens = row.getDouble(1);
                double rate = row.getDouble(2);
                remember(key, rate, row.getInt(3));
                return tokens >= 0 ? Duration.ZERO : Duration.ofNanos((long) (-tokens / rate * 1_000_000_000L));
            }
        });
    }

    @Override
    public void giveBack(String sellerKey, SpApiOperation operation) {
        update(GIVE_BACK, key(sellerKey, operation));
    }

    @Override
    public void adjustRate(String sellerKey, SpApiOperation operation, double rate) {
        String key = key(sellerKey, operation);
        Seen last = seen.get(key);
        if (last != null && last.rate() == rate) {
            return;
        }
        execute(ADJUST, statement -> {
            statement.setDouble(1, rate);
            statement.setString(2, key);
            return statement.executeUpdate();
        });
        remember(key, rate, last == null ? 0 : last.throttles());
    }

    @Override
    public void throttled(String sellerKey, SpApiOperation operation) {
        String key = key(sellerKey, operation);
        execute(THROTTLED, statement -> {
            statement.setString(1, key);
            try (ResultSet row = statement.executeQuery()) {
                if (row.next()) {
                    remember(key, row.getDouble(1), row.getInt(2));
                }
                return null;
            }
        });
    }

    @Override
    public void answered(String sellerKey, SpApiOperation operation) {
        String key = key(sellerKey, operation);
        Seen last = seen.get(key);
        if (last != null && last.throttles() > 0) {
            update(ANSWERED, key);
            remember(key, last.rate(), 0);
        }
    }

    @Override
    public double rate(String sellerKey, SpApiOperation operation) {
        Seen last = seen.get(key(sellerKey, operation));
        return last == null ? operation.defaultRate() : last.rate();
    }

    /** A bucket no instance has taken from yet is full. */
    @Override
    public double available(String sellerKey, SpApiOperation operation) {
        return execute(AVAILABLE, statement -> {
            statement.setString(1, key(sellerKey, operation));
            try (ResultSet row = statement.executeQuery()) {
                return row.next() ? row.getDouble(1) : operation.defaultBurst();
            }
        });
    }

    private void remember(String key, double rate, int throttles) {
        seen.put(key, new Seen(rate, throttles));
    }

    /** The bucket's row key: readable when it fits the column, else its SHA-256. */
    static String key(String sellerKey, SpApiOperation operation) {
        String key = sellerKey + "/" + operation.operationId();
        if (key.length() <= MAX_KEY) {
            return key;
        }
        try {
            return "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private void update(String sql, String key) {
        execute(sql, statement -> {
            statement.setString(1, key);
            return statement.executeUpdate();
        });
    }

    private interface Work<T> {
        T on(PreparedStatement statement) throws SQLException;
    }

    private <T> T execute(String sql, Work<T> work) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            return work.on(statement);
        } catch (SQLException e) {
            throw new IllegalStateException("the shared usage plan could not be read", e);
        }
    }
}
