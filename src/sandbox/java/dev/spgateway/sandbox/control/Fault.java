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
        WRONG_CHARSET
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
}
