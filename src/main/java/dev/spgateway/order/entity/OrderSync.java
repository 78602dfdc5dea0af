package dev.spgateway.order.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Where a store's order sync stands. The watermark moves only when a walk of searchOrders pages has ended, to
 * the end of that walk's window; a walk in progress keeps its token so a restart continues it. The lease,
 * taken by one conditional update, lets one instance at a time sync the store.
 */
@Entity
@Table(name = "order_sync")
@NamedQuery(name = OrderSync.ACQUIRE,
        query = "UPDATE OrderSync s SET s.leaseHolder = :holder, s.leaseUntil = :until"
                + " WHERE s.storeId = :storeId AND (s.leaseUntil <= :now OR s.leaseHolder = :holder)")
@NamedQuery(name = OrderSync.FIND_FILL_PENDING,
        query = "SELECT s.storeId FROM OrderSync s WHERE s.backfillEnd IS NOT NULL AND s.fillDone = FALSE")
public class OrderSync {

    public static final String ACQUIRE = "OrderSync.acquire";
    public static final String FIND_FILL_PENDING = "OrderSync.findFillPending";

    /** Whether the app may read buyer and recipient data, as Amazon last answered. */
    public enum BuyerData { UNKNOWN, ALLOWED, REFUSED }

    @Id
    @Column(name = "store_id", length = 36)
    private String storeId;

    @Column(nullable = false)
    private Instant watermark;

    @Column(name = "page_token", length = 4000)
    private String pageToken;

    @Column(name = "lease_holder", length = 100)
    private String leaseHolder;

    @Column(name = "lease_until", nullable = false)
    private Instant leaseUntil;

    @Column(name = "synced_at")
    private Instant syncedAt;

    @Column(name = "buyer_data", nullable = false, length = 16)
    private String buyerData;

    @Column(name = "backfill_job", length = 36)
    private String backfillJob;

    @Column(name = "backfill_start")
    private Instant backfillStart;

    @Column(name = "backfill_end")
    private Instant backfillEnd;

    @Column(name = "fill_token", length = 4000)
    private String fillToken;

    @Column(name = "fill_done", nullable = false)
    private boolean fillDone;

    protected OrderSync() {
        // JPA
    }

    /** A store not synced yet: its history starts {@code history} before now. */
    public OrderSync(String storeId, Instant now, Duration history) {
        if (storeId == null || now == null || history == null || history.isNegative()) {
            throw new IllegalArgumentException("a sync needs its store, the time and a history window");
        }
        this.storeId = storeId;
        this.watermark = now.minus(history);
        this.leaseUntil = now;
        this.buyerData = BuyerData.UNKNOWN.name();
    }

    /** One page saved: the walk goes on from {@code nextToken}, or ends and moves the watermark. */
    public void pageSaved(Optional<String> nextToken, Instant windowEnd, Instant now) {
        if (nextToken.isPresent()) {
            pageToken = nextToken.get();
            return;
        }
        pageToken = null;
        if (windowEnd.isAfter(watermark)) {
            watermark = windowEnd;
        }
        syncedAt = now;
    }

    /**
     * A store never walked yet takes its history from an order report first. A walk once begun or ended
     * keeps going by searchOrders: the report would only repeat what it has.
     */
    public boolean needsBackfill() {
        return backfillEnd == null && syncedAt == null && pageToken == null;
    }

    /** The report that is being made for the back-fill, once requested. */
    public Optional<String> backfillJob() {
        return Optional.ofNullable(backfillJob);
    }

    public void backfillRequested(String jobId) {
        backfillJob = jobId;
    }

    /**
     * The report's orders are stored: searchOrders continues from the report's end, and the walk of the
     * orders created in the report's period fills in what the report lacks.
     */
    public void backfilled(Instant periodStart, Instant periodEnd) {
        if (!periodEnd.isAfter(periodStart)) {
            throw new IllegalArgumentException("a back-fill period ends after it starts");
        }
        backfillStart = periodStart;
        backfillEnd = periodEnd;
        if (periodEnd.isAfter(watermark)) {
            watermark = periodEnd;
        }
    }

    /** The period whose orders still lack the Orders API's details, while the walk filling them is not done. */
    public Optional<Instant> fillFrom() {
        return backfillEnd == null || fillDone ? Optional.empty() : Optional.of(backfillStart);
    }

    public Optional<Instant> backfillEnd() {
        return Optional.ofNullable(backfillEnd);
    }

    public Optional<String> fillToken() {
        return Optional.ofNullable(fillToken);
    }

    /** One page of the fill saved: it goes on from the token, or is done. */
    public void fillPageSaved(Optional<String> nextToken) {
        fillToken = nextToken.orElse(null);
        fillDone = nextToken.isEmpty();
    }

    public void buyerData(BuyerData answer) {
        buyerData = answer.name();
    }

    /**
     * The run is over. One that ran without failing counts as a sync even if the usage plan paused its walk:
     * the next page could not be had sooner anyway, and readers are not held up asking for it.
     */
    public void release(Instant now, boolean ranThrough) {
        leaseUntil = now;
        leaseHolder = null;
        if (ranThrough) {
            syncedAt = now;
        }
    }

    public String storeId() {
        return storeId;
    }

    public Instant watermark() {
        return watermark;
    }

    public Optional<String> pageToken() {
        return Optional.ofNullable(pageToken);
    }

    public Optional<Instant> syncedAt() {
        return Optional.ofNullable(syncedAt);
    }

    public BuyerData buyerData() {
        return BuyerData.valueOf(buyerData);
    }

    /** Fresh when the last sync run (complete, or paused by the usage plan) ended less than {@code interval} ago. */
    public boolean isFresh(Instant now, Duration interval) {
        return syncedAt != null && syncedAt.plus(interval).isAfter(now);
    }
}
