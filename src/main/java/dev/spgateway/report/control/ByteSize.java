package dev.spgateway.report.control;

import java.util.Locale;

/** Sizes as people read them in messages and logs: 1.5 GiB, 204.8 MiB, 22.8 KiB, 512 bytes. */
public final class ByteSize {

    private static final String[] UNITS = {"bytes", "KiB", "MiB", "GiB", "TiB"};

    private ByteSize() {
    }

    public static String of(long bytes) {
        double value = bytes;
        int unit = 0;
        while (Math.abs(value) >= 1024 && unit < UNITS.length - 1) {
            value /= 1024;
            unit++;
        }
        return unit == 0 ? bytes + " bytes" : String.format(Locale.ROOT, "%.1f %s", value, UNITS[unit]);
    }
}
