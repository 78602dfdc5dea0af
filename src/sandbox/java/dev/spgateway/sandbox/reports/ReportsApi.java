package dev.spgateway.sandbox.reports;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.spgateway.sandbox.http.Json;
import dev.spgateway.sandbox.listings.CatalogSettings;
import dev.spgateway.sandbox.listings.ListingsCatalog;
import dev.spgateway.sandbox.listings.ListingsDocumentWriter;
import dev.spgateway.sandbox.listings.ListingsEncoding;
import dev.spgateway.sandbox.listings.ListingsReportType;
import dev.spgateway.sandbox.orders.LedgerOrder;
import dev.spgateway.sandbox.orders.OrderLedger;
import dev.spgateway.sandbox.orders.OrderReportType;
import dev.spgateway.sandbox.orders.OrderReportWriter;
import dev.spgateway.sandbox.sellers.Marketplace;
import dev.spgateway.sandbox.sellers.Seller;
import dev.spgateway.sandbox.spapi.ApiError;
import dev.spgateway.sandbox.spapi.ApiResponse;
import dev.spgateway.sandbox.spapi.SpApiCall;
import dev.spgateway.sandbox.spapi.SpApiGate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/** Reports API 2021-06-30: createReport, getReports, getReport, cancelReport, getReportDocument. */
public final class ReportsApi {

    private static final String BASE = "/reports/2021-06-30";
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx").withZone(ZoneOffset.UTC);
    /** getReports looks back 90 days unless told otherwise. */
    private static final Duration DEFAULT_LOOKBACK = Duration.ofDays(90);

    private final Clock clock;
    private final DocumentStore documents;
    private final Supplier<String> baseUrl;
    private final OrderLedger ledger;
    private final Map<String, Report> reports = new ConcurrentHashMap<>();
    private final AtomicLong nextId = new AtomicLong(50_039_018_678L);

    public ReportsApi(Clock clock, DocumentStore documents, Supplier<String> baseUrl, OrderLedger ledger) {
        this.clock = clock;
        this.ledger = ledger;
        this.documents = documents;
        this.baseUrl = baseUrl;
    }

    public void registerWith(SpApiGate gate) {
        gate.register("getReports", "GET", BASE + "/reports", this::getReports);
        gate.register("createReport", "POST", BASE + "/reports", this::createReport);
        gate.register("getReport", "GET", BASE + "/reports/{reportId}", this::getReport);
        gate.register("cancelReport", "DELETE", BASE + "/reports/{reportId}", this::cancelReport);
        gate.register("getReportDocument", "GET", BASE + "/documents/{reportDocumentId}", this::getReportDocument);
    }

    ApiResponse createReport(SpApiCall call) throws ApiError {
        JsonNode body;
        try {
            body = Json.parse(call.request().body());
        } catch (IOException e) {
            throw ApiError.invalidInput("Invalid input", "The request body is not valid JSON.");
        }
        String reportType = body.path("reportType").asText("");
        if (reportType.isBlank()) {
            throw ApiError.invalidInput("Invalid input", "reportType is required.");
        }
        List<String> marketplaceIds = new ArrayList<>();
        body.path("marketplaceIds").forEach(m -> marketplaceIds.add(m.asText()));
        if (marketplaceIds.isEmpty()) {
            throw ApiError.invalidInput("Invalid input", "marketplaceIds is required.");
        }
        Seller seller = call.seller();
        for (String id : marketplaceIds) {
            if (!seller.sellsIn(id)) {
                throw ApiError.invalidInput("Invalid input", "The seller is not registered in marketplace " + id + ".");
            }
        }
        Instant now = clock.instant();
        Instant start = time(body, "dataStartTime");
        Instant end = time(body, "dataEndTime");
        if (start != null && start.isAfter(now)) {
            throw ApiError.invalidInput("Invalid input", "dataStartTime must be prior to or equal to the current date and time.");
        }
        if (start != null && end != null && end.isBefore(start)) {
            throw ApiError.invalidInput("Invalid input", "dataEndTime must be after dataStartTime.");
        }
        String reportId = Long.toString(nextId.getAndIncrement());
        Report.Outcome outcome;
        String documentId = null;
        Marketplace marketplace = Marketplace.byId(marketplaceIds.get(0)).orElseThrow();
        var listingsType = ListingsReportType.of(reportType);
        var orderType = OrderReportType.of(reportType);
        List<LedgerOrder> orders = List.of();
        Instant asOf = end == null || end.isAfter(now) ? now : end;
        if (orderType.isPresent()) {
            // Amazon's default period is the last 30 days up to now
            Instant from = start != null ? start : asOf.minus(Duration.ofDays(30));
            orders = OrderReportWriter.selected(ledger.ordersAt(seller, asOf), orderType.get(), from, asOf);
        }
        if (seller.takeFatal()) {
            outcome = Report.Outcome.FATAL;
            documentId = newDocumentId(marketplace);
            byte[] error = Json.bytes(Json.object().put("errorDetails",
                    "The report could not be generated. Please try again later."));
            documents.put(new ReportDocument(documentId, seller.sellerId(), "application/json", false, out -> out.write(error)));
        } else if (orderType.isPresent() && !orders.isEmpty()) {
            outcome = Report.Outcome.DONE;
            documentId = newDocumentId(marketplace);
            documents.put(ordersDocument(documentId, seller, marketplace, orderType.get(), orders, asOf));
        } else if (listingsType.isEmpty() || (seller.listingsFile() == null && seller.catalog().size() == 0)) {
            // Amazon cancels a report that has no data instead of producing an empty document
            outcome = Report.Outcome.CANCELLED;
        } else {
            outcome = Report.Outcome.DONE;
            documentId = newDocumentId(marketplace);
            documents.put(listingsDocument(documentId, seller, marketplace, listingsType.get()));
        }
        reports.put(reportId, new Report(reportId, seller.sellerId(), reportType, marketplaceIds, start, end, now,
                seller.inQueue(), seller.inProgress(), outcome, documentId));
        return new ApiResponse(202, Json.object().put("reportId", reportId));
    }

    /** The document is fixed when the report is requested: later catalog changes do not alter it. */
    private static ReportDocument listingsDocument(String documentId, Seller seller, Marketplace marketplace,
                                                   ListingsReportType type) {
        byte[] file = seller.listingsFile();
        if (file != null) {
            return new ReportDocument(documentId, seller.sellerId(), seller.listingsFileContentType(), false,
                    out -> out.write(file));
        }
        CatalogSettings settings = seller.catalog();
        ListingsEncoding encoding = settings.encoding() != null ? settings.encoding()
                : marketplace.isJapan() ? ListingsEncoding.WINDOWS_31J : ListingsEncoding.CP1252;
        ListingsCatalog catalog = new ListingsCatalog(settings.seed(), settings.size(), marketplace);
        return new ReportDocument(documentId, seller.sellerId(), encoding.contentType(), settings.gzip(),
                out -> ListingsDocumentWriter.write(catalog, type, encoding, out));
    }

    /** The order lines as they stood at the period's end, fixed when the report is requested. */
    private static ReportDocument ordersDocument(String documentId, Seller seller, Marketplace marketplace,
                                                 OrderReportType type, List<LedgerOrder> orders, Instant asOf) {
        CatalogSettings settings = seller.catalog();
        ListingsEncoding encoding = settings.encoding() != null ? settings.encoding()
                : marketplace.isJapan() ? ListingsEncoding.WINDOWS_31J : ListingsEncoding.CP1252;
        return new ReportDocument(documentId, seller.sellerId(), encoding.contentType(), settings.gzip(),
                out -> OrderReportWriter.write(orders, type, asOf, encoding, out));
    }

    ApiResponse getReports(SpApiCall call) throws ApiError {
        var q = call.request();
        String nextToken = q.queryParam("nextToken");
        Instant now = clock.instant();
        List<String> types;
        List<String> statuses;
        List<String> marketplaces;
        Instant since;
        Instant until;
        int pageSize;
        int offset = 0;
        if (nextToken != null) {
            // the token carries the original query, as Amazon's token stands for it
            String[] parts;
            try {
                parts = new String(Base64.getUrlDecoder().decode(nextToken), StandardCharsets.UTF_8).split("\n", -1);
            } catch (IllegalArgumentException e) {
                throw ApiError.invalidInput("Invalid input", "nextToken is invalid.");
            }
            if (parts.length != 7) {
                throw ApiError.invalidInput("Invalid input", "nextToken is invalid.");
            }
            types = split(parts[0]);
            statuses = split(parts[1]);
            marketplaces = split(parts[2]);
            since = Instant.parse(parts[3]);
            until = Instant.parse(parts[4]);
            pageSize = Integer.parseInt(parts[5]);
            offset = Integer.parseInt(parts[6]);
        } else {
            types = q.queryList("reportTypes");
            if (types.isEmpty()) {
                throw ApiError.invalidInput("Invalid input", "reportTypes is required when nextToken is not provided.");
            }
            if (types.size() > 10) {
                throw ApiError.invalidInput("Invalid input", "reportTypes accepts at most 10 values.");
            }
            statuses = q.queryList("processingStatuses");
            marketplaces = q.queryList("marketplaceIds");
            since = queryTime(q.queryParam("createdSince"), now.minus(DEFAULT_LOOKBACK), "createdSince");
            until = queryTime(q.queryParam("createdUntil"), now, "createdUntil");
            pageSize = 10;
            if (q.queryParam("pageSize") != null) {
                try {
                    pageSize = Integer.parseInt(q.queryParam("pageSize"));
                } catch (NumberFormatException e) {
                    pageSize = 0;
                }
                if (pageSize < 1 || pageSize > 100) {
                    throw ApiError.invalidInput("Invalid input", "pageSize must be between 1 and 100.");
                }
            }
        }
        String sellerId = call.seller().sellerId();
        List<Report> matching = reports.values().stream()
                .filter(r -> r.sellerId.equals(sellerId))
                .filter(r -> types.contains(r.reportType))
                .filter(r -> statuses.isEmpty() || statuses.contains(r.status(now)))
                .filter(r -> marketplaces.isEmpty() || r.marketplaceIds.stream().anyMatch(marketplaces::contains))
                .filter(r -> !r.createdTime.isBefore(since) && !r.createdTime.isAfter(until))
                .sorted(Comparator.comparing((Report r) -> r.createdTime).reversed().thenComparing(r -> r.reportId))
                .toList();
        ObjectNode body = Json.object();
        ArrayNode list = body.putArray("reports");
        int end = Math.min(matching.size(), offset + pageSize);
        for (int i = offset; i < end; i++) {
            list.add(json(matching.get(i), now));
        }
        if (end < matching.size()) {
            String token = String.join(",", types) + "\n" + String.join(",", statuses) + "\n"
                    + String.join(",", marketplaces) + "\n" + since + "\n" + until + "\n" + pageSize + "\n" + end;
            body.put("nextToken", Base64.getUrlEncoder().withoutPadding().encodeToString(token.getBytes(StandardCharsets.UTF_8)));
        }
        return ApiResponse.ok(body);
    }

    ApiResponse getReport(SpApiCall call) throws ApiError {
        return ApiResponse.ok(json(find(call), clock.instant()));
    }

    ApiResponse cancelReport(SpApiCall call) throws ApiError {
        Report report = find(call);
        if (!report.cancel(clock.instant())) {
            throw ApiError.invalidInput("Invalid input", "The report cannot be cancelled: its processingStatus is "
                    + report.status(clock.instant()) + ".");
        }
        return new ApiResponse(200, null);
    }

    ApiResponse getReportDocument(SpApiCall call) throws ApiError {
        String documentId = call.path("reportDocumentId");
        ReportDocument document = documents.document(documentId)
                .filter(d -> d.sellerId().equals(call.seller().sellerId()))
                .orElseThrow(() -> ApiError.notFound("The report document " + documentId + " was not found."));
        ObjectNode body = Json.object();
        body.put("reportDocumentId", documentId);
        body.put("url", baseUrl.get() + DocumentEndpoint.PREFIX + documents.link(documentId));
        if (document.gzip()) {
            body.put("compressionAlgorithm", "GZIP");
        }
        return ApiResponse.ok(body);
    }

    private Report find(SpApiCall call) throws ApiError {
        String reportId = call.path("reportId");
        Report report = reports.get(reportId);
        if (report == null || !report.sellerId.equals(call.seller().sellerId())) {
            throw ApiError.notFound("The report " + reportId + " was not found.");
        }
        return report;
    }

    private static ObjectNode json(Report r, Instant now) {
        String status = r.status(now);
        ObjectNode node = Json.object();
        node.put("reportType", r.reportType);
        if (r.dataStartTime != null) {
            node.put("dataStartTime", TIME.format(r.dataStartTime));
        }
        if (r.dataEndTime != null) {
            node.put("dataEndTime", TIME.format(r.dataEndTime));
        }
        node.put("createdTime", TIME.format(r.createdTime));
        ArrayNode marketplaces = node.putArray("marketplaceIds");
        r.marketplaceIds.forEach(marketplaces::add);
        node.put("reportId", r.reportId);
        node.put("processingStatus", status);
        if (!"IN_QUEUE".equals(status) && r.cancelledAt() == null) {
            node.put("processingStartTime", TIME.format(r.processingStart()));
        }
        switch (status) {
            case "DONE", "FATAL" -> {
                node.put("processingEndTime", TIME.format(r.processingEnd()));
                if (r.documentId != null) {
                    node.put("reportDocumentId", r.documentId);
                }
            }
            case "CANCELLED" -> node.put("processingEndTime",
                    TIME.format(r.cancelledAt() != null ? r.cancelledAt() : r.processingEnd()));
            default -> { }
        }
        return node;
    }

    private static String newDocumentId(Marketplace marketplace) {
        return "amzn1.spdoc.1.4." + marketplace.region() + "." + UUID.randomUUID() + ".T" + Math.abs(UUID.randomUUID()
                .getMostSignificantBits() % 100_000_000_000L) + ".1";
    }

    private static Instant time(JsonNode body, String field) throws ApiError {
        String text = body.path(field).asText(null);
        if (text == null) {
            return null;
        }
        return parseTime(text, field);
    }

    private static Instant queryTime(String text, Instant fallback, String field) throws ApiError {
        return text == null ? fallback : parseTime(text, field);
    }

    static Instant parseTime(String text, String field) throws ApiError {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return Instant.parse(text);
            } catch (DateTimeParseException e2) {
                throw ApiError.invalidInput("Invalid input", field + " is not a valid ISO 8601 date-time: " + text);
            }
        }
    }

    private static List<String> split(String csv) {
        return csv.isEmpty() ? List.of() : List.of(csv.split(","));
    }
}
