package dev.spgateway.report.entity;

import dev.spgateway.amazon.control.Reports.DocumentLocation;
import dev.spgateway.secrets.entity.SealedColumn;
import dev.spgateway.secrets.entity.Secret;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * One Amazon report the gateway asked for on behalf of a store, kept so that a retry, another caller or a
 * restarted server continues the same report instead of requesting a new one.
 */
@Entity
@Table(name = "report_job")
@NamedQuery(name = ReportJob.FIND_BY_REQUEST_ID,
        query = "SELECT j FROM ReportJob j WHERE j.reportRequestId = :reportRequestId")
@NamedQuery(name = ReportJob.FIND_BY_KEY_AND_STATUS,
        query = "SELECT j FROM ReportJob j WHERE j.storeId = :storeId AND j.reportKey = :reportKey"
                + " AND j.status IN :statuses AND j.createdAt > :since ORDER BY j.createdAt DESC")
@NamedQuery(name = ReportJob.FIND_IN_FLIGHT,
        query = "SELECT j FROM ReportJob j WHERE j.status IN :statuses ORDER BY j.createdAt")
public class ReportJob {

    public static final String FIND_BY_REQUEST_ID = "ReportJob.findByRequestId";
    public static final String FIND_BY_KEY_AND_STATUS = "ReportJob.findByKeyAndStatus";
    public static final String FIND_IN_FLIGHT = "ReportJob.findInFlight";
    static final SealedColumn DOCUMENT_URL = new SealedColumn("report_job", "document_url");

    /** Amazon's processing states, and the gateway's own once it has the data. */
    public enum Status {
        IN_QUEUE, IN_PROGRESS, DONE, FATAL, CANCELLED;

        public boolean isPending() {
            return this == IN_QUEUE || this == IN_PROGRESS;
        }

        public static Status of(String processingStatus) {
            return valueOf(processingStatus);
        }
    }

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "store_id", nullable = false, length = 36)
    private String storeId;

    @Column(name = "report_key", nullable = false, length = 600)
    private String reportKey;

    @Column(name = "report_type", nullable = false, length = 100)
    private String reportType;

    @Column(name = "marketplace_ids", nullable = false, length = 500)
    private String marketplaceIds;

    @Column(name = "amazon_report_id", nullable = false, length = 100)
    private String amazonReportId;

    @Column(name = "report_request_id", nullable = false, unique = true, length = 150)
    private String reportRequestId;

    @Column(nullable = false, length = 16)
    private String status;

    @Column(name = "report_document_id", length = 200)
    private String reportDocumentId;

    @Column(name = "failure", length = 1000)
    private String failure;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "completed_at")
    private Instant completedAt;

    /** Amazon's pre-signed URL of the document, sealed for this row: it opens the document for minutes. */
    @Column(name = "document_url", length = 4000)
    private String sealedDocumentUrl;

    @Column(name = "document_gzip")
    private Boolean documentGzip;

    @Column(name = "document_url_expires_at")
    private Instant documentUrlExpiresAt;

    protected ReportJob() {
        // JPA
    }

    public ReportJob(String storeId, String reportKey, String reportType, String marketplaceIds,
            String amazonReportId, Instant now) {
        if (storeId == null || reportKey == null || reportType == null || marketplaceIds == null
                || marketplaceIds.isBlank() || amazonReportId == null || amazonReportId.isBlank() || now == null) {
            throw new IllegalArgumentException("a report job needs its store, report, marketplaces and Amazon's id");
        }
        this.id = UUID.randomUUID().toString();
        this.storeId = storeId;
        this.reportKey = reportKey;
        this.reportType = reportType;
        this.marketplaceIds = marketplaceIds;
        this.amazonReportId = amazonReportId;
        // API2Cart's form: the first marketplace, then Amazon's report id
        this.reportRequestId = marketplaceIds.split(",")[0] + amazonReportId;
        this.status = Status.IN_QUEUE.name();
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Records what Amazon said about the report; a finished job stays finished. */
    public void progressed(Status newStatus, Optional<String> documentId, Instant now) {
        if (!status().isPending()) {
            return;
        }
        status = newStatus.name();
        documentId.ifPresent(id -> reportDocumentId = id);
        updatedAt = now;
        if (!newStatus.isPending()) {
            completedAt = now;
        }
    }

    public void failed(String reason, Instant now) {
        status = Status.FATAL.name();
        failure = reason == null ? null : reason.substring(0, Math.min(reason.length(), 1000));
        updatedAt = now;
        completedAt = completedAt == null ? now : completedAt;
    }

    /** Keeps the document's location for the other instances until shortly before Amazon's URL expires. */
    public void shareDocument(DocumentLocation location, Instant expiresAt) {
        sealedDocumentUrl = DOCUMENT_URL.seal(Secret.of(location.url().toString()), id);
        documentGzip = location.gzip();
        documentUrlExpiresAt = expiresAt;
    }

    /** The document's location another instance asked Amazon for, while it is still valid at {@code at}. */
    public Optional<DocumentLocation> sharedDocument(Instant at) {
        if (sealedDocumentUrl == null || documentUrlExpiresAt == null || !documentUrlExpiresAt.isAfter(at)) {
            return Optional.empty();
        }
        return Optional.of(new DocumentLocation(URI.create(DOCUMENT_URL.open(sealedDocumentUrl, id).reveal()),
                Boolean.TRUE.equals(documentGzip)));
    }

    public Optional<Instant> completedAt() {
        return Optional.ofNullable(completedAt);
    }

    public boolean belongsTo(String store) {
        return storeId.equals(store);
    }

    public String id() {
        return id;
    }

    public String storeId() {
        return storeId;
    }

    public String reportKey() {
        return reportKey;
    }

    public String reportType() {
        return reportType;
    }

    /** The marketplaces the report covers. */
    public List<String> marketplaceIds() {
        return List.of(marketplaceIds.split(","));
    }

    public String amazonReportId() {
        return amazonReportId;
    }

    public String reportRequestId() {
        return reportRequestId;
    }

    public Status status() {
        return Status.valueOf(status);
    }

    public Optional<String> reportDocumentId() {
        return Optional.ofNullable(reportDocumentId);
    }

    public Optional<String> failure() {
        return Optional.ofNullable(failure);
    }

    public Instant createdAt() {
        return createdAt;
    }
}
