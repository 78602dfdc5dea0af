package dev.spgateway.order.boundary;

import dev.spgateway.report.control.ReportJobs;
import dev.spgateway.report.entity.ReportJob;
import dev.spgateway.store.boundary.Stores;
import dev.spgateway.store.control.StoreReference;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Goes on, every minute, with the walks that fill in what the order report left out, also when no reader
 * comes: each takes only the searchOrders requests the usage plan has to spare then.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OrderFills {

    private static final Logger LOG = Logger.getLogger(OrderFills.class.getName());

    @EJB
    OrderStore store;

    @EJB
    OrderSyncs syncs;

    @EJB
    ReportJobs jobs;

    @EJB
    Stores stores;

    /**
     * Not persistent: a tick missed needs no catching up (the walk's place is in the database). Every instance
     * ticks; the store's sync lease lets one of them walk at a time.
     */
    @Schedule(hour = "*", minute = "*", timezone = "UTC", persistent = false, info = "order-fill")
    void tick() {
        for (String storeId : store.fillsPending()) {
            store.sync(storeId).flatMap(s -> s.backfillJob()).flatMap(jobs::find).ifPresent(this::fill);
        }
    }

    private void fill(ReportJob job) {
        // the report's marketplaces are the store's as they were when its history was asked for
        StoreReference reference = new StoreReference(job.storeId(), "", job.marketplaceIds());
        try {
            syncs.fill(reference, () -> stores.credentials(job.storeId()));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "filling in the orders of store " + job.storeId() + " stopped: " + e.getMessage());
        }
    }
}
