package dev.spgateway.sandbox.reports;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A requested report. Its status follows from the clock: IN_QUEUE, then IN_PROGRESS, then the outcome fixed
 * at creation, so tests drive the lifecycle by moving the clock.
 */
final class Report {

    enum Outcome { DONE, FATAL, CANCELLED }

    final String reportId;
    final String sellerId;
    final String reportType;
    final List<String> marketplaceIds;
    final Instant dataStartTime;
    final Instant dataEndTime;
    final Instant createdTime;
    final Duration inQueue;
    final Duration inProgress;
    final Outcome outcome;
    final String documentId;
    private volatile Instant cancelledAt;

    Report(String reportId, String sellerId, String reportType, List<String> marketplaceIds, Instant dataStartTime,
           Instant dataEndTime, Instant createdTime, Duration inQueue, Duration inProgress, Outcome outcome,
           String documentId) {
        this.reportId = reportId;
        this.sellerId = sellerId;
        this.reportType = reportType;
        this.marketplaceIds = List.copyOf(marketplaceIds);
        this.dataStartTime = dataStartTime;
        this.dataEndTime = dataEndTime;
        this.createdTime = createdTime;
        this.inQueue = inQueue;
        this.inProgress = inProgress;
        this.outcome = outcome;
        this.documentId = documentId;
    }

    Instant processingStart() {
        return createdTime.plus(inQueue);
    }

    Instant processingEnd() {
        return processingStart().plus(inProgress);
    }

    String status(Instant now) {
        if (cancelledAt != null) {
            return "CANCELLED";
        }
        if (now.isBefore(processingStart())) {
            return "IN_QUEUE";
        }
        if (now.isBefore(processingEnd())) {
            return "IN_PROGRESS";
        }
        return outcome.name();
    }

    /** Only reports still waiting in the queue can be cancelled. */
    synchronized boolean cancel(Instant now) {
        if (!"IN_QUEUE".equals(status(now))) {
            return false;
        }
        cancelledAt = now;
        return true;
    }

    Instant cancelledAt() {
        return cancelledAt;
    }
}
