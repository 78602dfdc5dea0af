package dev.spgateway.secrets.control;

import java.nio.charset.StandardCharsets;

/**
 * Where a sealed value belongs: its table, column and row. Sealing authenticates it as associated data, so
 * a ciphertext copied into another row or column (by anyone who can write to the database but lacks the
 * key) no longer opens.
 */
public record SecretBinding(String table, String column, String rowId) {

    private static final char SEPARATOR = '\0';

    public SecretBinding {
        requirePart("table", table);
        requirePart("column", column);
        requirePart("row id", rowId);
    }

    /** The associated data of a value sealed in this format with this key. */
    byte[] associatedData(String format, String keyId) {
        return String.join(String.valueOf(SEPARATOR), format, keyId, table, column, rowId)
                .getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return table + "." + column + " of row " + rowId;
    }

    private static void requirePart(String name, String value) {
        if (value == null || value.isEmpty() || value.indexOf(SEPARATOR) >= 0) {
            throw new IllegalArgumentException("a secret's " + name + " is a non-empty name without NUL");
        }
    }
}
