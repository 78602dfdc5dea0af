package dev.spgateway.sandbox.reports;

import com.sun.net.httpserver.HttpExchange;
import dev.spgateway.sandbox.control.CallLog;
import dev.spgateway.sandbox.control.CallRecord;
import dev.spgateway.sandbox.control.Fault;
import dev.spgateway.sandbox.control.Faults;
import dev.spgateway.sandbox.http.AbortConnection;
import dev.spgateway.sandbox.http.Responses;
import dev.spgateway.sandbox.http.SandboxRequest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.zip.GZIPOutputStream;

/** Serves report documents at /_documents/{token} the way Amazon's S3 document host does. */
public final class DocumentEndpoint {

    public static final String PREFIX = "/_documents/";
    public static final String OPERATION = "downloadDocument";
    private static final Duration STALL_WHEN_UNSAID = Duration.ofMinutes(10);

    private final DocumentStore store;
    private final Faults faults;
    private final CallLog calls;

    public DocumentEndpoint(DocumentStore store, Faults faults, CallLog calls) {
        this.store = store;
        this.faults = faults;
        this.calls = calls;
    }

    public void handle(SandboxRequest request, HttpExchange exchange) throws IOException {
        String token = request.path().substring(PREFIX.length());
        DocumentStore.Link link = store.resolve(token).orElse(null);
        ReportDocument document = link == null ? null : store.document(link.documentId()).orElse(null);
        int status;
        Fault fault = faults.next(OPERATION).orElse(null);
        if (fault != null && fault.kind() == Fault.Kind.DELAY) {
            sleep(fault);
            fault = null;
        }
        if (!"GET".equals(request.method())) {
            status = s3Error(exchange, 405, "MethodNotAllowed", "The specified method is not allowed against this resource.");
        } else if (document == null) {
            status = s3Error(exchange, 403, "AccessDenied", "Access Denied");
        } else if (!store.clock().instant().isBefore(link.expiresAt())) {
            status = s3Error(exchange, 403, "AccessDenied", "Request has expired");
        } else if (fault != null && fault.kind() == Fault.Kind.CONNECTION_RESET) {
            exchange.close();
            status = 0;
        } else if (fault != null && fault.kind() == Fault.Kind.STATUS) {
            status = s3Error(exchange, fault.status(), fault.status() == 503 ? "SlowDown" : "InternalError",
                    fault.status() == 503 ? "Please reduce your request rate." : "We encountered an internal error. Please try again.");
        } else {
            status = 200;
        }
        // recorded before the body: a stalled body may never end
        calls.record(new CallRecord(OPERATION, store.clock().instant(), request.method(), request.path(), null,
                document == null ? null : document.sellerId(), status));
        if (status == 200) {
            send(exchange, document, fault);
        }
    }

    private static void send(HttpExchange exchange, ReportDocument document, Fault fault) throws IOException {
        Fault.Kind kind = fault == null ? null : fault.kind();
        String contentType = document.contentType();
        if (kind == Fault.Kind.WRONG_CHARSET) {
            contentType = contentType.contains("UTF-8") ? contentType.replace("UTF-8", "Cp1252")
                    : contentType.replaceAll("charset=.*", "charset=UTF-8");
        }
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.getResponseHeaders().set("x-amz-request-id", UUID.randomUUID().toString().replace("-", "").substring(0, 16).toUpperCase());
        if (kind == Fault.Kind.TRUNCATED_BODY || kind == Fault.Kind.TRUNCATED_GZIP) {
            // only scripted for small test documents, so holding the bytes here is fine
            ByteArrayOutputStream buffer = new ByteArrayOutputStream();
            writeContent(document, buffer, null);
            byte[] bytes = buffer.toByteArray();
            // a truncated body announces the whole length and closes short of it; a truncated file is whole
            exchange.sendResponseHeaders(200, kind == Fault.Kind.TRUNCATED_BODY ? bytes.length : bytes.length / 2);
            OutputStream out = exchange.getResponseBody();
            out.write(bytes, 0, bytes.length / 2);
            out.flush();
            exchange.close();
            return;
        }
        exchange.sendResponseHeaders(200, 0);
        if (kind == Fault.Kind.STALL_AFTER_HEADERS) {
            exchange.getResponseBody().flush();
            stall(fault);
            throw new AbortConnection("the scripted stall is over");
        }
        try (OutputStream out = exchange.getResponseBody()) {
            writeContent(document, out, kind);
        }
        exchange.close();
    }

    private static void writeContent(ReportDocument document, OutputStream out, Fault.Kind kind) throws IOException {
        if (document.gzip()) {
            GZIPOutputStream gzip = new GZIPOutputStream(out, 1 << 16);
            document.content().writeTo(RowTampering.of(kind, gzip));
            gzip.finish();
            gzip.flush();
        } else {
            OutputStream text = RowTampering.of(kind, out);
            document.content().writeTo(text);
            text.flush();
        }
    }

    private static void stall(Fault fault) {
        try {
            Thread.sleep(fault.delay().isZero() ? STALL_WHEN_UNSAID.toMillis() : fault.delay().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static int s3Error(HttpExchange exchange, int status, String code, String message) throws IOException {
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>" + code + "</Code><Message>" + message
                + "</Message><RequestId>" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toUpperCase()
                + "</RequestId></Error>";
        Responses.send(exchange, status, "application/xml", xml.getBytes(java.nio.charset.StandardCharsets.UTF_8), Map.of());
        return status;
    }

    private static void sleep(Fault fault) {
        try {
            Thread.sleep(fault.delay().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
