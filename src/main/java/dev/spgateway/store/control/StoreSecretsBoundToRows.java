package dev.spgateway.store.control;

import dev.spgateway.secrets.control.SecretBinding;
import dev.spgateway.secrets.control.SecretKeyring;
import jakarta.enterprise.context.Dependent;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * Schema migration V8: the secrets of stores written before ciphertexts were bound to their rows are sealed
 * again, each for its own table, column and row. Plain JDBC on purpose: a migration is fixed in time and must
 * not follow later changes of the entity. It runs once per database, which is also the only time such values
 * are accepted.
 */
@Dependent
public class StoreSecretsBoundToRows implements JavaMigration {

    private static final String TABLE = "store_connection";
    private static final List<String> COLUMNS = List.of("client_secret", "refresh_token", "aws_secret_access_key");

    private final Supplier<SecretKeyring> keyring;

    /** The keyring the application installed at startup, asked for only when a row needs it. */
    public StoreSecretsBoundToRows() {
        this(SecretKeyring::installed);
    }

    public StoreSecretsBoundToRows(Supplier<SecretKeyring> keyring) {
        this.keyring = keyring;
    }

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("8");
    }

    @Override
    public String getDescription() {
        return "store secrets bound to their rows";
    }

    @Override
    public Integer getChecksum() {
        return 8;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        List<String[]> rebound = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT id, " + String.join(", ", COLUMNS) + " FROM " + TABLE);
                ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                String id = rows.getString(1);
                String[] values = new String[COLUMNS.size() + 1];
                for (int i = 0; i < COLUMNS.size(); i++) {
                    values[i] = rebind(rows.getString(i + 2), new SecretBinding(TABLE, COLUMNS.get(i), id));
                }
                values[COLUMNS.size()] = id;
                rebound.add(values);
            }
        }
        try (PreparedStatement update = connection.prepareStatement("UPDATE " + TABLE + " SET "
                + String.join(" = ?, ", COLUMNS) + " = ? WHERE id = ?")) {
            for (String[] values : rebound) {
                for (int i = 0; i < values.length; i++) {
                    update.setString(i + 1, values[i]);
                }
                update.addBatch();
            }
            update.executeBatch();
        }
    }

    private String rebind(String stored, SecretBinding where) {
        if (stored == null || !SecretKeyring.isUnbound(stored)) {
            return stored;
        }
        SecretKeyring keys = keyring.get();
        return keys.seal(keys.openUnbound(stored), where);
    }
}
