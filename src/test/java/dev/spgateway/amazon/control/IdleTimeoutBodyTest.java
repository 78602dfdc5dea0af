package dev.spgateway.amazon.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Document bodies whose every read waits at most the idle timeout. */
class IdleTimeoutBodyTest {

    private static final String SETTING = "spgateway.report.download-idle-timeout";

    private final AtomicLong requested = new AtomicLong();
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final Flow.Subscription subscription = new Flow.Subscription() {
        @Override
        public void request(long n) {
            requested.addAndGet(n);
        }

        @Override
        public void cancel() {
            cancelled.set(true);
        }
    };

    @Test
    void bytesArriveInOrderAndMoreAreAskedForAsTheyAreRead() throws Exception {
        IdleTimeoutBody body = subscribed(Duration.ofMinutes(1));
        InputStream in = body.getBody().toCompletableFuture().get();
        body.onNext(List.of(bytes("head"), bytes("er\n")));
        body.onNext(List.of(bytes("row\n")));
        body.onComplete();

        assertArrayEquals("header\nrow\n".getBytes(StandardCharsets.US_ASCII), in.readAllBytes());
        assertEquals(3, requested.get(), "one list at a time");
    }

    @Test
    void aBodyThatStopsComingFailsTheReadAfterTheIdleTimeoutAndCancelsTheDownload() throws Exception {
        IdleTimeoutBody body = subscribed(Duration.ofMillis(20));
        InputStream in = body.getBody().toCompletableFuture().get();
        body.onNext(List.of(bytes("header\n")));

        assertEquals('h', in.read());
        in.readNBytes(6);
        IOException stalled = assertThrows(IOException.class, in::read);

        assertEquals("no data came for 20 ms (" + SETTING + ")", stalled.getMessage());
        assertTrue(cancelled.get());
    }

    @Test
    void closingFromAnotherThreadWakesAReadWaitingForData() throws Exception {
        IdleTimeoutBody body = subscribed(Duration.ofMinutes(10));
        InputStream in = body.getBody().toCompletableFuture().get();
        CompletableFuture<Integer> read = CompletableFuture.supplyAsync(() -> {
            try {
                return in.read();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });

        in.close();

        ExecutionException failed = assertThrows(ExecutionException.class, () -> read.get(30, TimeUnit.SECONDS));
        assertEquals("the download was closed", failed.getCause().getCause().getMessage());
        assertTrue(cancelled.get());
    }

    @Test
    void whatTheConnectionFailedWithReachesTheReader() throws Exception {
        IdleTimeoutBody body = subscribed(Duration.ofMinutes(1));
        InputStream in = body.getBody().toCompletableFuture().get();
        body.onError(new IOException("connection reset"));

        assertEquals("connection reset", assertThrows(IOException.class, in::read).getMessage());
    }

    @Test
    void aHostThatStallsAfterItsHeadersFailsTheDownloadOnceTheIdleTimeoutHasPassed() throws Exception {
        CountDownLatch testDone = new CountDownLatch(1);
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "text/plain;charset=Cp1252");
            exchange.sendResponseHeaders(200, 0);
            OutputStream out = exchange.getResponseBody();
            out.write("seller-sku\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            try {
                testDone.await(1, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.close();
        });
        server.start();
        try {
            Reports reports = new Reports();
            reports.readTimeout = Duration.ofSeconds(10);
            reports.downloadIdleTimeout = Duration.ofSeconds(2);
            URI url = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/document");

            Reports.DocumentStream document = reports.open(new Reports.DocumentLocation(url, false));
            try (InputStream in = document.body()) {
                assertEquals("text/plain;charset=Cp1252", document.contentType());
                assertEquals("seller-sku\n", new String(in.readNBytes(11), StandardCharsets.US_ASCII));
                IOException stalled = assertThrows(IOException.class, in::read);
                assertEquals("no data came for 2000 ms (" + SETTING + ")", stalled.getMessage());
            }
        } finally {
            testDone.countDown();
            server.stop(0);
        }
    }

    private IdleTimeoutBody subscribed(Duration idle) {
        IdleTimeoutBody body = new IdleTimeoutBody(idle, SETTING);
        body.onSubscribe(subscription);
        return body;
    }

    private static ByteBuffer bytes(String text) {
        return ByteBuffer.wrap(text.getBytes(StandardCharsets.US_ASCII));
    }
}
