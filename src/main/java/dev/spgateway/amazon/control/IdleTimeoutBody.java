package dev.spgateway.amazon.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A response body as an InputStream whose reads wait at most the idle timeout for the next bytes. The
 * JDK's own {@code BodyHandlers.ofInputStream()} has no such limit: once the headers are in, the request
 * timeout no longer applies, and a host that stops sending leaves the reader waiting forever (closing that
 * stream from another thread does not wake it either; closing this one does).
 */
final class IdleTimeoutBody implements HttpResponse.BodySubscriber<InputStream> {

    private static final Object END = new Object();
    private static final Object CLOSED = new Object();

    private final BlockingQueue<Object> arrivals = new LinkedBlockingQueue<>();
    private final Duration idleTimeout;
    private final String setting;
    private final CompletableFuture<InputStream> body;
    private volatile Flow.Subscription subscription;

    IdleTimeoutBody(Duration idleTimeout, String setting) {
        this.idleTimeout = idleTimeout;
        this.setting = setting;
        this.body = CompletableFuture.completedFuture(new Body());
    }

    @Override
    public CompletionStage<InputStream> getBody() {
        return body;
    }

    @Override
    public void onSubscribe(Flow.Subscription given) {
        subscription = given;
        given.request(1);
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
        arrivals.add(buffers);
    }

    @Override
    public void onError(Throwable failure) {
        arrivals.add(failure);
    }

    @Override
    public void onComplete() {
        arrivals.add(END);
    }

    private void cancel() {
        Flow.Subscription current = subscription;
        if (current != null) {
            current.cancel();
        }
    }

    /** Read by one thread; {@link #close} may come from another. */
    private final class Body extends InputStream {

        private Iterator<ByteBuffer> buffers = Collections.emptyIterator();
        private ByteBuffer buffer = ByteBuffer.allocate(0);
        private boolean ended;
        private volatile boolean closed;

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] target, int offset, int length) throws IOException {
            if (length == 0) {
                return 0;
            }
            while (!buffer.hasRemaining()) {
                if (buffers.hasNext()) {
                    buffer = buffers.next();
                } else if (ended) {
                    return -1;
                } else {
                    next();
                }
            }
            int count = Math.min(length, buffer.remaining());
            buffer.get(target, offset, count);
            return count;
        }

        @SuppressWarnings("unchecked")
        private void next() throws IOException {
            Object arrival = awaitArrival();
            if (closed || arrival == CLOSED) {
                throw new IOException("the download was closed");
            }
            if (arrival == END) {
                ended = true;
            } else if (arrival instanceof Throwable failure) {
                ended = true;
                throw failure instanceof IOException io ? io : new IOException(failure);
            } else {
                buffers = ((List<ByteBuffer>) arrival).iterator();
                subscription.request(1);
            }
        }

        private Object awaitArrival() throws IOException {
            try {
                Object arrival = arrivals.poll(idleTimeout.toNanos(), TimeUnit.NANOSECONDS);
                if (arrival == null) {
                    cancel();
                    throw new DownloadStalled("no data came for " + idleTimeout.toMillis() + " ms (" + setting + ")");
                }
                return arrival;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                cancel();
                throw new InterruptedIOException("interrupted while downloading");
            }
        }

        @Override
        public void close() {
            if (!closed) {
                closed = true;
                cancel();
                arrivals.add(CLOSED);
            }
        }
    }

    /** The host stopped sending the body for longer than the idle timeout. */
    static final class DownloadStalled extends IOException {

        private static final long serialVersionUID = 1L;

        DownloadStalled(String message) {
            super(message);
        }
    }
}
