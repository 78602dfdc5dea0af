package dev.spgateway.account.control;

import java.time.Instant;
import java.util.List;

/** An account and its keys (hints only). */
public record AccountSummary(String id, String name, Instant createdAt, List<KeySummary> keys) {
}
