package dev.spgateway.secrets.entity;

import dev.spgateway.secrets.control.SecretBinding;
import dev.spgateway.secrets.control.SecretKeyring;

/**
 * A column that holds {@link Secret}s sealed for their row. An entity seals a value as it takes it, with its
 * own id (a JPA converter would not know the row), and opens it when it is asked for it.
 */
public record SealedColumn(String table, String column) {

    /** The sealed form of {@code secret} in row {@code rowId}; null stays null. */
    public String seal(Secret secret, String rowId) {
        return secret == null ? null : SecretKeyring.installed().seal(secret.reveal(), binding(rowId));
    }

    /** The secret sealed in row {@code rowId}; fails when the value was sealed for another row or column. */
    public Secret open(String sealed, String rowId) {
        return sealed == null ? null : Secret.of(SecretKeyring.installed().open(sealed, binding(rowId)));
    }

    public SecretBinding binding(String rowId) {
        return new SecretBinding(table, column, rowId);
    }
}
