package dev.spgateway.store.boundary;

import dev.spgateway.store.control.IdempotentReplays;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/**
 * Removes idempotent replays whose {@code spgateway.idempotency.ttl} is over, every five minutes; until then
 * an expired replay is already ignored, so the purge only keeps the table small.
 */
@Stateless
public class IdempotencyPurge {

    @Inject
    IdempotentReplays replays;

    /**
     * Not persistent on purpose: a purge missed while no instance ran needs no catching up, because the next
     * one deletes everything expired by then. Every instance runs its own without a lease, since the delete
     * by age is the same whoever runs it. UTC, so that a daylight-saving change never skips or repeats one.
     */
    @Schedule(hour = "*", minute = "*/5", timezone = "UTC", persistent = false, info = "idempotency-purge")
    void purge() {
        replays.purgeExpired();
    }
}
