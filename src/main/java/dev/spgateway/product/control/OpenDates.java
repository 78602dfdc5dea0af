package dev.spgateway.product.control;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;

/**
 * Dates of listings reports ({@code 2021-03-15 10:22:31 PST}) and of API2Cart filters, as instants, and
 * API2Cart's date objects for answers.
 */
public final class OpenDates {

    private static final DateTimeFormatter REPORT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final String REPORT_LAYOUT = "dddd-dd-dd dd:dd:dd";
    private static final DateTimeFormatter API2CART = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxx");
    private static final String API2CART_FORMAT = "Y-m-d\\TH:i:sO";
    /** The zone abbreviations Amazon's reports use; the JDK's short-id parsing is locale-dependent. */
    private static final Map<String, ZoneId> ZONES = Map.ofEntries(
            Map.entry("PST", ZoneOffset.ofHours(-8)), Map.entry("PDT", ZoneOffset.ofHours(-7)),
            Map.entry("MST", ZoneOffset.ofHours(-7)), Map.entry("MDT", ZoneOffset.ofHours(-6)),
            Map.entry("CST", ZoneOffset.ofHours(-6)), Map.entry("CDT", ZoneOffset.ofHours(-5)),
            Map.entry("EST", ZoneOffset.ofHours(-5)), Map.entry("EDT", ZoneOffset.ofHours(-4)),
            Map.entry("UTC", ZoneOffset.UTC), Map.entry("GMT", ZoneOffset.UTC),
            Map.entry("BST", ZoneOffset.ofHours(1)), Map.entry("CET", ZoneOffset.ofHours(1)),
            Map.entry("CEST", ZoneOffset.ofHours(2)), Map.entry("JST", ZoneOffset.ofHours(9)),
            Map.entry("AEST", ZoneOffset.ofHours(10)), Map.entry("AEDT", ZoneOffset.ofHours(11)),
            Map.entry("SGT", ZoneOffset.ofHours(8)), Map.entry("IST", ZoneOffset.ofHoursMinutes(5, 30)));

    private OpenDates() {
    }

    /** A report's open-date; empty when absent or in a shape no report uses. */
    public static Optional<OffsetDateTime> parseReportDate(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String text = value.trim();
        int space = text.lastIndexOf(' ');
        try {
            if (space > 10) {
                ZoneId zone = zone(text.substring(space + 1));
                if (zone != null) {
                    return Optional.of(ZonedDateTime.of(localDateTime(text, space), zone).toOffsetDateTime());
                }
            }
            return Optional.of(OffsetDateTime.parse(text));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /**
     * The report's own layout read field by field: every product of every page goes through here, and the
     * pattern parser cost a page a fifth of its time. Other layouts go to the parser.
     */
    private static LocalDateTime localDateTime(String text, int end) {
        if (end == REPORT_LAYOUT.length() && matchesReportLayout(text)) {
            return LocalDateTime.of(number(text, 0, 4), number(text, 5, 7), number(text, 8, 10),
                    number(text, 11, 13), number(text, 14, 16), number(text, 17, 19));
        }
        return LocalDateTime.parse(text.substring(0, end), REPORT);
    }

    private static boolean matchesReportLayout(String text) {
        for (int i = 0; i < REPORT_LAYOUT.length(); i++) {
            char expected = REPORT_LAYOUT.charAt(i);
            char actual = text.charAt(i);
            if (expected == 'd' ? actual < '0' || actual > '9' : actual != expected) {
                return false;
            }
        }
        return true;
    }

    private static int number(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            value = value * 10 + text.charAt(i) - '0';
        }
        return value;
    }

    private static ZoneId zone(String abbreviation) {
        ZoneId known = ZONES.get(abbreviation);
        if (known != null) {
            return known;
        }
        try {
            return ZoneId.of(abbreviation);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** A filter value: {@code 2020-01-01T00:00:00}, {@code 2009-02-03 21:07:48}, with or without offset, or a date. */
    public static Optional<OffsetDateTime> parseFilter(String value) {
        String text = value.trim().replace(' ', 'T');
        try {
            return Optional.of(OffsetDateTime.parse(text));
        } catch (DateTimeParseException notOffset) {
            try {
                return Optional.of(LocalDateTime.parse(text).atOffset(ZoneOffset.UTC));
            } catch (DateTimeParseException notLocal) {
                try {
                    return Optional.of(LocalDate.parse(text).atStartOfDay().atOffset(ZoneOffset.UTC));
                } catch (DateTimeParseException notDate) {
                    return Optional.empty();
                }
            }
        }
    }

    /** API2Cart's date object, in UTC. */
    public static Map<String, Object> api2CartDate(OffsetDateTime date) {
        Map<String, Object> object = new java.util.LinkedHashMap<>();
        object.put("value", date.withOffsetSameInstant(ZoneOffset.UTC).format(API2CART));
        object.put("format", API2CART_FORMAT);
        return object;
    }
}
