package dev.spgateway.sandbox.control;

import java.time.Instant;

/** One call as the sandbox saw it; status is what it answered (0 when the connection was dropped). */
public record CallRecord(String operation, Instant at, String method, String path, String query, String sellerId,
                         int status) {
}
