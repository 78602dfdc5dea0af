package dev.spgateway.report.control;

import dev.spgateway.amazon.control.Marketplace;
import dev.spgateway.amazon.control.SellingRegion;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Optional;

/** Which charset a report document is in, from what its host declares and the marketplace it belongs to. */
public final class ReportCharsets {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    static final Charset WINDOWS_31J = Charset.forName("windows-31j");

    private ReportCharsets() {
    }

    /**
     * The charset named by a Content-Type's charset parameter, if Java knows it. Amazon sends "Cp1252",
     * Java's alias of windows-1252. Labels of the smaller charsets that windows-1252 and windows-31j
     * extend are widened to them (as browsers do), because Amazon's documents use the extra characters
     * (0x85 "…", 0x93 "“") whatever the label says.
     */
    public static Optional<Charset> declared(String contentType) {
        return charsetParameter(contentType).flatMap(ReportCharsets::lookup).map(ReportCharsets::widen);
    }

    /** What the marketplace's documents are in when nothing says otherwise. */
    public static Charset marketplaceDefault(String marketplaceId) {
        Optional<Marketplace> marketplace = Marketplace.byId(marketplaceId);
        if (marketplace.filter(m -> m == Marketplace.JP).isPresent()) {
            return WINDOWS_31J;
        }
        boolean westernRegion = marketplace.map(Marketplace::region)
                .filter(r -> r == SellingRegion.NORTH_AMERICA || r == SellingRegion.EUROPE).isPresent();
        return westernRegion ? WINDOWS_1252 : StandardCharsets.UTF_8;
    }

    static Optional<String> charsetParameter(String contentType) {
        if (contentType == null) {
            return Optional.empty();
        }
        for (String parameter : contentType.split(";")) {
            String trimmed = parameter.strip();
            if (trimmed.regionMatches(true, 0, "charset=", 0, 8)) {
                String value = trimmed.substring(8).strip().replace("\"", "").replace("'", "");
                return value.isEmpty() ? Optional.empty() : Optional.of(value);
            }
        }
        return Optional.empty();
    }

    private static Optional<Charset> lookup(String name) {
        try {
            return Optional.of(Charset.forName(name));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return Optional.empty();
        }
    }

    private static Charset widen(Charset charset) {
        String name = charset.name().toUpperCase(Locale.ROOT);
        if (name.equals("ISO-8859-1") || name.equals("US-ASCII")) {
            return WINDOWS_1252;
        }
        if (name.equals("SHIFT_JIS")) {
            return WINDOWS_31J;
        }
        return charset;
    }
}
