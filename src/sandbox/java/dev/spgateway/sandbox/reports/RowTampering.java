package dev.spgateway.sandbox.reports;

import dev.spgateway.sandbox.control.Fault;

import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Spoils the first data row of a tab-separated document on its way out: one field too many, or its last
 * field (with the tab before it) gone. Works on the bytes, so any charset whose tab and line feed are
 * single bytes (all the listings charsets) passes through otherwise unchanged.
 */
final class RowTampering extends FilterOutputStream {

    static final byte[] EXTRA = "\tEXTRA-FIELD".getBytes(StandardCharsets.US_ASCII);
    private static final int TAMPERED_LINE = 1;

    private final boolean extra;
    private final ByteArrayOutputStream row = new ByteArrayOutputStream();
    private int line;

    private RowTampering(OutputStream out, boolean extra) {
        super(out);
        this.extra = extra;
    }

    /** The stream itself unless the fault spoils rows. */
    static OutputStream of(Fault.Kind kind, OutputStream out) {
        if (kind == Fault.Kind.EXTRA_FIELD || kind == Fault.Kind.MISSING_FIELD) {
            return new RowTampering(out, kind == Fault.Kind.EXTRA_FIELD);
        }
        return out;
    }

    @Override
    public void write(int b) throws IOException {
        if (line != TAMPERED_LINE) {
            out.write(b);
            line += b == '\n' ? 1 : 0;
            return;
        }
        if (b != '\n') {
            row.write(b);
            return;
        }
        byte[] bytes = row.toByteArray();
        if (extra) {
            out.write(bytes);
            out.write(EXTRA);
        } else {
            int lastTab = lastTab(bytes);
            out.write(bytes, 0, lastTab < 0 ? bytes.length : lastTab);
        }
        out.write('\n');
        line++;
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        if (line > TAMPERED_LINE) {
            out.write(bytes, offset, length);
            return;
        }
        for (int i = offset; i < offset + length; i++) {
            write(bytes[i]);
        }
    }

    private static int lastTab(byte[] bytes) {
        for (int i = bytes.length - 1; i >= 0; i--) {
            if (bytes[i] == '\t') {
                return i;
            }
        }
        return -1;
    }
}
