package dev.spgateway.report.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spgateway.amazon.control.SpApiCredentials;
import dev.spgateway.amazon.control.SpApiFailure;
import dev.spgateway.amazon.control.SpApiUnavailable;
import dev.spgateway.api.control.ApiException;
import dev.spgateway.api.control.ReturnCode;
import dev.spgateway.report.control.ListingDownloads;
import dev.spgateway.report.control.ListingTable;
import dev.spgateway.report.control.ListingsDocumentReader;
import dev.spgateway.report.control.ReportFakes;
import dev.spgateway.report.control.ReportFlights;
import dev.spgateway.report.control.ReportKey;
import dev.spgateway.report.control.ReportReading;
import dev.spgateway.report.control.ReportSubject;
import dev.spgateway.report.control.ReportUnreadable;
import dev.spgateway.report.control.Reservation;
import dev.spgateway.report.entity.ReportJob;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Listing reports with Amazon, the stored jobs and the download played in memory, on a clock of their own. */
class ListingReportsTest {

    private static final String US = "ATVPDKIKX0DER";
    private static final String CA = "A2EUQ1WTGCTBG2";
    private static final String TYPE = ListingReports.REPORT_TYPE;
    private static final Duration MAX_WAIT = Duration.ofSeconds(15);

    private final ReportFakes fakes = new ReportFakes(Duration.ofMillis(250), Duration.ofSeconds(1));
    private final List<String> downloaded = new ArrayList<>();
    private Supplier<ListingTable> document = ListingReportsTest::table;
    private Duration idleTimeout = Duration.ofSeconds(30);
    private final ReportCache cache = new ReportCache();
    private final ListingReports listings = new ListingReports();
    private final List<ReportReading> opened = new ArrayList<>();

    ListingReportsTest() {
        cache.ttl = Duration.ofMinutes(15);
        cache.configuredMaxBytes = Optional.of(64L << 20);
        cache.clock = fakes.time;
        cache.start();
        listings.cache = cache;
        listings.jobs = fakes.jobs;
        listings.requests = fakes.requests;
        listings.flights = new ReportFlights();
        listings.progress = fakes.progress;
        listings.downloads = new ListingDownloads() {
            @Override
            public ListingTable table(SpApiCredentials credentials, String jobId, String documentId,
                    String marketplaceId, Reservation reservation) {
                downloaded.add(documentId + "@" + marketplaceId);
                return document.get();
            }

            @Override
            public Duration idleTimeout() {
                return idleTimeout;
            }
        };
        listings.maxWait = MAX_WAIT;
        listings.cacheTtl = Duration.ofMinutes(15);
        listings.pendingMaxAge = Duration.ofHours(1);
        listings.clock = fakes.time;
    }

    @AfterEach
    void closeReadings() {
        opened.forEach(ReportReading::close);
    }

    @Test
    void aReportIsRequestedFollowedDownloadedAndCachedUnderItsKey() {
        fakes.amazon.answers("R1", "IN_QUEUE", "IN_PROGRESS", "DONE");

        ReportReading reading = open(listings.listings(subject(US, CA), Optional.empty(), false));

        assertEquals(List.of(List.of(CA, US)), fakes.amazon.created);
        assertEquals(List.of("DOC-R1@" + CA), downloaded);
        assertEquals(CA + "R1", reading.report().reportRequestId());
        assertEquals(3, reading.report().table().size());
        assertEquals(new ReportKey("store-1", TYPE, List.of(US, CA)), reading.report().reportKey());
        assertEquals("store-1|" + TYPE + "|" + CA + "," + US, reading.report().key());
        assertEquals(1, fakes.waited.size());
    }

    @Test
    void aCachedReportIsAnsweredWithoutAmazonAndOnlyWhenTheCallerAllowsIt() {
        fakes.amazon.answers("R1", "DONE");
        open(listings.listings(subject(US), Optional.empty(), false));

        ReportReading cached = open(listings.cached(subject(US), Optional.empty(), false).orElseThrow());
        ReportReading again = open(listings.listings(subject(US), Optional.empty(), false));

        assertSame(cached.report(), again.report());
        assertEquals(1, fakes.amazon.created.size());
        assertEquals(1, downloaded.size());
        assertEquals(Optional.empty(), listings.cached(subject(US), Optional.empty(), true));
        assertEquals(Optional.empty(), listings.cached(subject(US), Optional.of(US + "R1"), false));
        assertEquals(Optional.empty(), listings.cached(subject(CA), Optional.empty(), false));
        assertEquals(Optional.empty(), listings.cached(subject(), Optional.empty(), false));
    }

    @Test
    void disablingTheCacheRequestsAFreshReport() {
        fakes.amazon.answers("R1", "DONE");
        fakes.amazon.answers("R2", "DONE");
        open(listings.listings(subject(US), Optional.empty(), false));

        ReportReading fresh = open(listings.listings(subject(US), Optional.empty(), true));

        assertEquals(US + "R2", fresh.report().reportRequestId());
        assertEquals(2, fakes.amazon.created.size());
    }

    @Test
    void aReportNotReadyByTheDeadlineIs107WithItsIdAndThatIdContinuesIt() {
        fakes.amazon.answers("R1", "IN_PROGRESS");

        ApiException notReady = assertThrows(ApiException.class,
                () -> listings.listings(subject(US), Optional.empty(), false));

        assertEquals(ReturnCode.STORE_ERROR, notReady.returnCode());
        assertEquals("Report is not ready yet, please try again later (report_request_id=" + US + "R1)",
                notReady.getMessage());
        assertEquals(MAX_WAIT, fakes.waited.get(0).waited());
        fakes.amazon.answers("R1", "DONE");

        ReportReading continued = open(listings.listings(subject(US, CA), Optional.of(US + "R1"), false));

        assertEquals(US + "R1", continued.report().reportRequestId());
        assertEquals(new ReportKey("store-1", TYPE, List.of(US)), continued.report().reportKey());
        assertEquals(1, fakes.amazon.created.size());
        assertEquals(List.of("DOC-R1@" + US), downloaded, "read for the marketplace the report covers");
    }

    @Test
    void aPendingReportIsContinuedInsteadOfRequestedAgain() {
        fakes.amazon.answers("R1", "IN_QUEUE");
        assertThrows(ApiException.class, () -> listings.listings(subject(US), Optional.empty(), false));
        fakes.amazon.answers("R1", "DONE");

        open(listings.listings(subject(US), Optional.empty(), false));

        assertEquals(1, fakes.amazon.created.size());
    }

    @Test
    void aReportDoneBeforeARestartIsDownloadedAgainWithoutRequestingIt() {
        fakes.jobs.progressed(fakes.jobs.create(new ReportKey("store-1", TYPE, List.of(US)), "R1").id(),
                ReportJob.Status.DONE, Optional.of("DOC-R1"));

        ReportReading reading = open(listings.listings(subject(US), Optional.empty(), false));

        assertEquals(US + "R1", reading.report().reportRequestId());
        assertEquals(List.of(), fakes.amazon.created);
        assertEquals(List.of("DOC-R1@" + US), downloaded);
    }

    @Test
    void aReportDoneBeforeARestartWhoseDocumentAmazonNoLongerKeepsIsRequestedAgain() {
        fakes.jobs.progressed(fakes.jobs.create(new ReportKey("store-1", TYPE, List.of(US)), "R1").id(),
                ReportJob.Status.DONE, Optional.of("DOC-R1"));
        fakes.amazon.creates(marketplaces -> "R2");
        fakes.amazon.answers("R2", "DONE");
        Supplier<ListingTable> kept = document;
        document = () -> {
            document = kept;
            throw new SpApiFailure(404, "NotFound", "The report document DOC-R1 was not found");
        };

        ReportReading reading = open(listings.listings(subject(US), Optional.empty(), false));

        assertEquals(US + "R2", reading.report().reportRequestId());
        assertEquals(1, fakes.amazon.created.size());
        assertEquals(2, downloaded.size());
    }

    @Test
    void anotherStoresReportRequestIsNotFound() {
        fakes.amazon.answers("R1", "IN_QUEUE");
        assertThrows(ApiException.class, () -> listings.listings(subject(US), Optional.empty(), false));

        ApiException notFound = assertThrows(ApiException.class, () -> listings.listings(
                new ReportSubject("store-2", () -> null, List.of(US)), Optional.of(US + "R1"), false));

        assertEquals(ReturnCode.NOT_FOUND, notFound.returnCode());
        assertEquals("Report request " + US + "R1 not found for this store", notFound.getMessage());
    }

    @Test
    void aStoreWithoutMarketplacesIsToldToValidateFirst() {
        ApiException refused = assertThrows(ApiException.class,
                () -> listings.listings(subject(), Optional.empty(), false));

        assertEquals(ReturnCode.STORE_ERROR, refused.returnCode());
        assertEquals("The store has no verified marketplaces yet: call cart.validate first", refused.getMessage());
        assertEquals(List.of(), fakes.amazon.created);
    }

    @Test
    void amazonsFailurePassesAsItIs() {
        SpApiUnavailable unavailable = new SpApiUnavailable("Amazon's Reports API did not answer");
        fakes.amazon.creates(marketplaces -> {
            throw unavailable;
        });

        RuntimeException failure = assertThrows(RuntimeException.class,
                () -> listings.listings(subject(US), Optional.empty(), false));

        assertSame(unavailable, failure);
    }

    @Test
    void aFatalReportIs107WithAmazonsReason() {
        fakes.amazon.answers("R1", "IN_PROGRESS", "FATAL");
        fakes.amazon.errorDocument("Report could not be generated");

        ApiException fatal = assertThrows(ApiException.class,
                () -> listings.listings(subject(US), Optional.empty(), false));

        assertEquals(ReturnCode.STORE_ERROR, fatal.returnCode());
        assertEquals("Amazon could not produce report " + US + "R1: Report could not be generated",
                fatal.getMessage());
    }

    @Test
    void aCancelledReportIsAnEmptyListing() {
        fakes.amazon.answers("R1", "CANCELLED");

        ReportReading reading = open(listings.listings(subject(US), Optional.empty(), false));

        assertEquals(0, reading.report().table().size());
        assertEquals(List.of(), downloaded);
    }

    @Test
    void anUnreadableDocumentIs107NamingTheReport() {
        fakes.amazon.answers("R1", "DONE");
        document = () -> {
            throw new ReportUnreadable("the header names no seller-sku column");
        };

        ApiException unreadable = assertThrows(ApiException.class,
                () -> listings.listings(subject(US), Optional.empty(), false));

        assertEquals(ReturnCode.STORE_ERROR, unreadable.returnCode());
        assertEquals("Amazon's report " + US + "R1 could not be read: the header names no seller-sku column",
                unreadable.getMessage());
        assertEquals(Optional.empty(), listings.cached(subject(US), Optional.empty(), false));
    }

    @Test
    void aCallerJoiningAnotherRequestsDownloadWaitsAtMostMaxWaitPlusTheIdleTimeout() throws Exception {
        CountDownLatch downloading = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        fakes.amazon.answers("R1", "DONE");
        document = () -> {
            downloading.countDown();
            await(release);
            return table();
        };
        listings.maxWait = Duration.ZERO;
        idleTimeout = Duration.ofMillis(50);
        CompletableFuture<ReportReading> first = CompletableFuture.supplyAsync(
                () -> listings.listings(subject(US), Optional.empty(), false));
        assertTrue(downloading.await(10, TimeUnit.SECONDS));
        try {
            ApiException timedOut = assertThrows(ApiException.class,
                    () -> listings.listings(subject(US), Optional.empty(), false));

            assertEquals(ReturnCode.STORE_ERROR, timedOut.returnCode());
            assertEquals("Another request on this server is still getting this report (waited 0 s,"
                    + " spgateway.report.max-wait plus spgateway.report.download-idle-timeout); please try again"
                    + " later", timedOut.getMessage());
        } finally {
            release.countDown();
        }
        open(first.get(10, TimeUnit.SECONDS));
        assertEquals(1, downloaded.size());
    }

    private ReportReading open(ReportReading reading) {
        opened.add(reading);
        return reading;
    }

    private static ReportSubject subject(String... marketplaces) {
        return new ReportSubject("store-1", () -> null, List.of(marketplaces));
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static ListingTable table() {
        String document = "item-name\tseller-sku\tprice\tquantity\n"
                + "Blue Towel\tSKU-1\t9.99\t5\nRed Cap\tSKU-2\t19.50\t0\nGreen Mug\tSKU-3\t4.00\t2\n";
        try {
            return ListingsDocumentReader.readTable(new ByteArrayInputStream(document.getBytes(
                    StandardCharsets.UTF_8)), false, "text/plain;charset=UTF-8", US);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
