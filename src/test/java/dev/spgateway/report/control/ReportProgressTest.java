package dev.spgateway.report.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.spgateway.api.control.ApiException;
import dev.spgateway.api.control.ReturnCode;
import dev.spgateway.report.entity.ReportJob;
import dev.spgateway.report.entity.ReportJob.Status;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Following a report at Amazon with the API and the stored jobs played in memory. */
class ReportProgressTest {

    private static final ReportKey KEY = new ReportKey("store-1", "GET_MERCHANT_LISTINGS_ALL_DATA",
            List.of("ATVPDKIKX0DER"));

    private final ReportFakes fakes = new ReportFakes(Duration.ofMillis(250), Duration.ofSeconds(1));
    private final ReportSubject subject = new ReportSubject("store-1", () -> null, KEY.marketplaceIds());
    private final ReportJob job = fakes.jobs.create(KEY, "R1");

    @Test
    void followsTheReportUntilDoneStoringEachChangeAndAnnouncesTheWait() {
        fakes.amazon.answers("R1", "IN_QUEUE", "IN_QUEUE", "IN_PROGRESS", "DONE");

        ReportJob finished = fakes.progress.awaitFinished(subject, job, deadlineIn(Duration.ofSeconds(15)));

        assertEquals(Status.DONE, finished.status());
        assertEquals("DOC-R1", finished.reportDocumentId().orElseThrow());
        assertEquals(List.of(Status.IN_PROGRESS, Status.DONE), fakes.jobs.progressions);
        assertEquals(List.of(Duration.ofMillis(250), Duration.ofMillis(500), Duration.ofSeconds(1)), fakes.pauses);
        assertEquals(List.of(new ReportWaited(Duration.ofMillis(1750), true)), fakes.waited);
    }

    @Test
    void givesUpAtTheDeadlineWithTheReportStillPending() {
        fakes.amazon.answers("R1", "IN_PROGRESS");
        Duration maxWait = Duration.ofSeconds(3);

        ReportJob pending = fakes.progress.awaitFinished(subject, job, deadlineIn(maxWait));

        assertEquals(Status.IN_PROGRESS, pending.status());
        assertEquals(maxWait, fakes.pauses.stream().reduce(Duration.ZERO, Duration::plus));
        assertEquals(List.of(new ReportWaited(maxWait, false)), fakes.waited);
    }

    @Test
    void aFatalReportIsExplainedWithAmazonsReasonReadOnceAndKept() {
        fakes.amazon.answers("R1", "FATAL");
        fakes.amazon.errorDocument("  Seller is not authorised for this report\n");
        ReportJob fatal = fakes.progress.awaitFinished(subject, job, deadlineIn(Duration.ofSeconds(15)));

        ApiException explained = fakes.progress.fatal(subject, fatal);
        ApiException again = fakes.progress.fatal(subject, fatal);

        assertEquals(ReturnCode.STORE_ERROR, explained.returnCode());
        assertEquals("Amazon could not produce report " + job.reportRequestId()
                + ": Seller is not authorised for this report", explained.getMessage());
        assertEquals(explained.getMessage(), again.getMessage());
        assertEquals(List.of("DOC-R1"), fakes.amazon.errorDocumentsRead);
        assertSame(fatal, fakes.jobs.findByRequestId(job.reportRequestId()).orElseThrow());
        assertEquals("  Seller is not authorised for this report\n", fatal.failure().orElseThrow());
    }

    @Test
    void aFatalReportWithoutAnErrorDocumentSaysSo() {
        ReportJob fatal = fakes.jobs.failed(job.id(), null);

        ApiException explained = fakes.progress.fatal(subject, fatal);

        assertEquals("Amazon could not produce report " + job.reportRequestId() + ": no reason given",
                explained.getMessage());
        assertEquals(List.of(), fakes.amazon.errorDocumentsRead);
    }

    private Instant deadlineIn(Duration wait) {
        return fakes.time.instant().plus(wait);
    }
}
