package dev.spgateway.sandbox.control;

import java.time.Duration;

/**
 * A scripted misbehaviour for one call. A delay alone still answers normally afterwards; the other kinds
 * replace the answer.
 */
public record Fault(Kind kind, int status, Duration delay) {

    public enum Kind {
        /** Answer with the status and Amazon's error body for it. */
        STATUS,
        /** Wait, then answer normally. */
        DELAY,
        /** Close the connection without an answer. */
        CONNECTION_RESET,
        /** Announce the full length, send only part of the body, then close. */
        TRUNCATED_BODY,
        /** Send the body with a Content-Type naming a charset other than the bytes' one. */
        WRONG_CHARSET,
        /**
         * Documents: send the status and headers, then nothing for the delay (ten minutes when zero), then
         * drop the connection.
         */
        STALL_AFTER_HEADERS,
        /** Documents: a complete response whose content stops halfway (a GZIP stream without its end). */
        TRUNCATED_GZIP,
        /** Documents: the first data row carries one field more than the header names. */
        EXTRA_FIELD,
        /** Documents: the first data row lacks its last field (and the tab before it). */
        MISSING_FIELD,
        /** SP-API: 429 QuotaExceeded that, unlike most, still carries the operation's x-amzn-RateLimit-Limit. */
        THROTTLED_WITH_RATE_LIMIT
    }

    public static Fault status(int status) {
        return new Fault(Kind.STATUS, status, Duration.ZERO);
    }

    public static Fault delay(Duration delay) {
        return new Fault(Kind.DELAY, 0, delay);
    }

    public static Fault connectionReset() {
        return new Fault(Kind.CONNECTION_RESET, 0, Duration.ZERO);
    }

    public static Fault truncatedBody() {
        return new Fault(Kind.TRUNCATED_BODY, 0, Duration.ZERO);
    }

    public static Fault wrongCharset() {
        return new Fault(Kind.WRONG_CHARSET, 0, Duration.ZERO);
    }

    public static Fault throttledWithRateLimit() {
        return new Fault(Kind.THROTTLED_WITH_RATE_LIMIT, 429, Duration.ZERO);
    }

    public static Fault stallAfterHeaders(Duration stall) {
        return new Fault(Kind.STALL_AFTER_HEADERS, 0, stall);
    }

    public static Fault truncatedGzip() {
        return new Fault(Kind.TRUNCATED_GZIP, 0, Duration.ZERO);
    }

    public static Fault extraField() {
        return new Fault(Kind.EXTRA_FIELD, 0, Duration.ZERO);
    }

    public static Fault missingField() {
        return new Fault(Kind.MISSING_FIELD, 0, Duration.ZERO);
    }
}
