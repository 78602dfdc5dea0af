package dev.spgateway.report.control;

import dev.spgateway.amazon.control.Reports;
import dev.spgateway.amazon.control.SpApiCredentials;
import dev.spgateway.report.entity.ReportJob;
import dev.spgateway.report.entity.ReportJob.Status;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.NotificationOptions;
import jakarta.enterprise.util.TypeLiteral;
import java.lang.annotation.Annotation;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;

/**
 * Amazon's Reports API and the stored report jobs played in memory, and a report's progress followed on a
 * clock that moves only when polling pauses, so that waits of seconds take none.
 */
public final class ReportFakes {

    public final Time time = new Time();
    public final Amazon amazon = new Amazon();
    public final Jobs jobs = new Jobs(time);
    /** Every pause polling made, in order. */
    public final List<Duration> pauses = new ArrayList<>();
    /** Every wait announced to monitoring. */
    public final List<ReportWaited> waited = new ArrayList<>();
    public final ReportProgress progress = new ReportProgress();
    /** Report requests of a single instance: every claim is granted. */
    public final ReportRequests requests;

    public ReportFakes(Duration pollInitial, Duration pollMax) {
        progress.reports = amazon;
        progress.jobs = jobs;
        progress.pollInitial = pollInitial;
        progress.pollMax = pollMax;
        progress.clock = time;
        progress.pause = duration -> {
            pauses.add(duration);
            time.pass(duration);
        };
        progress.waited = new Announced(waited);
        ReportClaims claims = new ReportClaims();
        claims.membership = new dev.spgateway.platform.control.ClusterMembership("local", "jdbc:h2:mem:fakes");
        requests = new ReportRequests(jobs, amazon, claims, time);
    }

    /** A clock that stands still until told that time passed. */
    public static final class Time extends Clock {

        private Instant now = Instant.parse("2026-12-01T09:00:00Z");

        public void pass(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }

    /** Amazon's side: reports it was asked for, and the statuses it answers for them, one per question. */
    public static final class Amazon extends Reports {

        public final List<List<String>> created = new ArrayList<>();
        public final List<String> errorDocumentsRead = new ArrayList<>();
        private final Map<String, Deque<ReportStatus>> statuses = new LinkedHashMap<>();
        private Function<List<String>, String> creation = marketplaces -> "R" + (created.size());
        private String errorDocument = "";

        /** Answers each further question about the report with the next status; the last one stays. */
        public void answers(String reportId, String... processingStatuses) {
            Deque<ReportStatus> answers = statuses.computeIfAbsent(reportId, id -> new ArrayDeque<>());
            for (String status : processingStatuses) {
                answers.add(new ReportStatus(reportId, status, status.equals("DONE") || status.equals("FATAL")
                        ? Optional.of("DOC-" + reportId) : Optional.empty()));
            }
        }

        /** What creating a report does instead of naming the next report id. */
        public void creates(Function<List<String>, String> creation) {
            this.creation = creation;
        }

        public void errorDocument(String text) {
            errorDocument = text;
        }

        @Override
        public String createReport(SpApiCredentials credentials, String reportType, List<String> marketplaceIds) {
            created.add(marketplaceIds);
            return creation.apply(marketplaceIds);
        }

        @Override
        public ReportStatus getReport(SpApiCredentials credentials, String reportId) {
            Deque<ReportStatus> answers = statuses.get(reportId);
            return answers.size() > 1 ? answers.poll() : answers.peek();
        }

        @Override
        public DocumentLocation getReportDocument(SpApiCredentials credentials, String reportDocumentId) {
            return new DocumentLocation(URI.create("https://documents.example/" + reportDocumentId), false);
        }

        @Override
        public String readSmallDocument(DocumentLocation location, int maxBytes) {
            errorDocumentsRead.add(location.url().getPath().substring(1));
            return errorDocument;
        }
    }

    /** The report_job table in memory; each change is seen at once, as a committed one would be. */
    public static final class Jobs extends ReportJobs {

        /** Newest first. */
        public final List<ReportJob> stored = new ArrayList<>();
        public final List<Status> progressions = new ArrayList<>();

        Jobs(Clock clock) {
            this.clock = clock;
        }

        @Override
        public Optional<ReportJob> findByRequestId(String reportRequestId) {
            return stored.stream().filter(job -> job.reportRequestId().equals(reportRequestId)).findFirst();
        }

        @Override
        public Optional<ReportJob> findPending(ReportKey key, Instant since) {
            return find(key, EnumSet.of(Status.IN_QUEUE, Status.IN_PROGRESS), since);
        }

        @Override
        public Optional<ReportJob> findDone(ReportKey key, Instant since) {
            return find(key, EnumSet.of(Status.DONE), since);
        }

        @Override
        public List<ReportJob> inFlight() {
            return stored.stream().filter(job -> job.status().isPending()).toList();
        }

        @Override
        public ReportJob create(ReportKey key, String amazonReportId) {
            ReportJob job = new ReportJob(key.storeId(), key.jobKey(), key.reportType(), key.marketplaceList(),
                    amazonReportId, clock.instant());
            // newest first, as the query orders them
            stored.add(0, job);
            return job;
        }

        @Override
        public ReportJob progressed(String jobId, Status status, Optional<String> documentId) {
            progressions.add(status);
            ReportJob job = byId(jobId);
            job.progressed(status, documentId, clock.instant());
            return job;
        }

        @Override
        public ReportJob failed(String jobId, String reason) {
            ReportJob job = byId(jobId);
            job.failed(reason, clock.instant());
            return job;
        }

        private ReportJob byId(String jobId) {
            return stored.stream().filter(job -> job.id().equals(jobId)).findFirst().orElseThrow();
        }

        private Optional<ReportJob> find(ReportKey key, Set<Status> statuses, Instant since) {
            return stored.stream()
                    .filter(job -> job.storeId().equals(key.storeId()) && job.reportKey().equals(key.jobKey()))
                    .filter(job -> statuses.contains(job.status()) && job.createdAt().isAfter(since))
                    .findFirst();
        }
    }

    /** Monitoring's side of the event: what was fired, kept in order. */
    private record Announced(List<ReportWaited> fired) implements Event<ReportWaited> {

        @Override
        public void fire(ReportWaited event) {
            fired.add(event);
        }

        @Override
        public <U extends ReportWaited> CompletionStage<U> fireAsync(U event) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends ReportWaited> CompletionStage<U> fireAsync(U event, NotificationOptions options) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Event<ReportWaited> select(Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends ReportWaited> Event<U> select(Class<U> subtype, Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends ReportWaited> Event<U> select(TypeLiteral<U> subtype, Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }
    }
}
