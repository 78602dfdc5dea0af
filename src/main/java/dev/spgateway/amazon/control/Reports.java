package dev.spgateway.amazon.control;

import dev.spgateway.platform.control.JsonDocuments;
import dev.spgateway.platform.control.RemoteFailure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Amazon's Reports API: request a report, follow it, and fetch its document. */
@ApplicationScoped
public class Reports {

    @Inject
    SpApiCalls calls;

    static final String IDLE_TIMEOUT = "spgateway.report.download-idle-timeout";

    @Inject
    @ConfigProperty(name = "spgateway.spapi.read-timeout")
    Duration readTimeout;

    /** The request timeout ends with the headers; this bounds every wait for more of the body. */
    @Inject
    @ConfigProperty(name = IDLE_TIMEOUT)
    Duration downloadIdleTimeout;

    private final HttpClient downloads = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();

    public String createReport(SpApiCredentials credentials, String reportType, List<String> marketplaceIds) {
        String specification = JsonDocuments.objectBuilder()
                .add("reportType", reportType)
                .add("marketplaceIds", JsonDocuments.arrayBuilder(marketplaceIds))
                .build().toString();
        SpApiResponse response = calls.call(credentials, SpApiOperation.CREATE_REPORT, ReportsApi.class,
                api -> api.createReport(specification));
        return json(response.body()).getString("reportId");
    }

    /** A report of a period, as the order reports take one; returns Amazon's report id. */
    public String createReport(SpApiCredentials credentials, String reportType, List<String> marketplaceIds,
            java.time.Instant dataStartTime, java.time.Instant dataEndTime) {
        String specification = JsonDocuments.objectBuilder()
                .add("reportType", reportType)
                .add("marketplaceIds", JsonDocuments.arrayBuilder(marketplaceIds))
                .add("dataStartTime", java.time.format.DateTimeFormatter.ISO_INSTANT.format(dataStartTime))
                .add("dataEndTime", java.time.format.DateTimeFormatter.ISO_INSTANT.format(dataEndTime))
                .build().toString();
        SpApiResponse response = calls.call(credentials, SpApiOperation.CREATE_REPORT, ReportsApi.class,
                api -> api.createReport(specification));
        return json(response.body()).getString("reportId");
    }

    public ReportStatus getReport(SpApiCredentials credentials, String reportId) {
        SpApiResponse response = calls.call(credentials, SpApiOperation.GET_REPORT, ReportsApi.class,
                api -> api.getReport(reportId));
        JsonObject report = json(response.body());
        return new ReportStatus(reportId, report.getString("processingStatus"),
                Optional.ofNullable(report.getString("reportDocumentId", null)));
    }

    public DocumentLocation getReportDocument(SpApiCredentials credentials, String reportDocumentId) {
        SpApiResponse response = calls.call(credentials, SpApiOperation.GET_REPORT_DOCUMENT, ReportsApi.class,
                api -> api.getReportDocument(reportDocumentId));
        JsonObject document = json(response.body());
        return new DocumentLocation(URI.create(document.getString("url")),
                "GZIP".equalsIgnoreCase(document.getString("compressionAlgorithm", "")));
    }

    /**
     * Opens the document for streaming; the caller closes the stream. The URL is pre-signed and short-lived:
     * an expired one answers 403, which {@link DocumentExpired} reports so the caller can ask for a fresh one.
     * A read of the stream fails once no data came for {@code spgateway.report.download-idle-timeout}.
     */
    public DocumentStream open(DocumentLocation location) {
        HttpRequest request = HttpRequest.newBuilder(location.url()).timeout(readTimeout).GET().build();
        try {
            HttpResponse<InputStream> response = downloads.send(request,
                    info -> new IdleTimeoutBody(downloadIdleTimeout, IDLE_TIMEOUT));
            if (response.statusCode() == 403 || response.statusCode() == 404) {
                response.body().close();
                throw new DocumentExpired();
            }
            if (response.statusCode() != 200) {
                response.body().close();
                throw new SpApiUnavailable("the report document answered HTTP " + response.statusCode());
            }
            return new DocumentStream(response.body(),
                    response.headers().firstValue("Content-Type").orElse(null), location.gzip());
        } catch (IOException e) {
            throw new SpApiUnavailable("the report document could not be downloaded: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " (" + e.getMessage() + ")"));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SpApiUnavailable("interrupted while downloading the report document");
        }
    }

    /** A small document read whole: FATAL reports explain themselves in one. */
    public String readSmallDocument(DocumentLocation location, int maxBytes) {
        DocumentStream stream = open(location);
        try (InputStream in = stream.gzip() ? new java.util.zip.GZIPInputStream(stream.body()) : stream.body()) {
            return new String(in.readNBytes(maxBytes), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new SpApiUnavailable("the report's error document could not be read: " + e.getMessage());
        }
    }

    private static JsonObject json(String body) {
        try (JsonReader reader = JsonDocuments.reader(body)) {
            return reader.readObject();
        } catch (JsonException | ClassCastException e) {
            throw new SpApiUnavailable("Amazon's answer of the Reports API could not be read");
        }
    }

    /** Where Amazon is with a report. */
    public record ReportStatus(String reportId, String processingStatus, Optional<String> reportDocumentId) {
    }

    /** A report document's pre-signed URL and whether it is GZIP-compressed. */
    public record DocumentLocation(URI url, boolean gzip) {

        @Override
        public String toString() {
            return "DocumentLocation[gzip=" + gzip + "]";
        }
    }

    /** The open document body with the Content-Type its host sent. */
    public record DocumentStream(InputStream body, String contentType, boolean gzip) {
    }

    /** The pre-signed URL expired before the download started. */
    public static class DocumentExpired extends RemoteFailure {

        private static final long serialVersionUID = 1L;

        public DocumentExpired() {
            super(Kind.UNAVAILABLE, "the report document URL has expired");
        }
    }
}
