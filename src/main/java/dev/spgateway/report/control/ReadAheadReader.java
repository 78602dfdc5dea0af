package dev.spgateway.report.control;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.Reader;
import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;

/**
 * Reads its source on another thread, a few buffers ahead. Inflating and decoding a report cost about as
 * much as parsing it, so on two cores the document is read in roughly half the time. At most
 * {@link #BUFFERS} buffers of {@link #BUFFER_CHARS} chars exist at once. Neither side waits for the other
 * longer than the idle timeout: a reader whose thread never starts, or whose source stops handing on
 * anything, fails instead of hanging, and a thread whose reader stopped taking gives up.
 */
final class ReadAheadReader extends Reader {

    static final int BUFFER_CHARS = 1 << 15;
    static final int BUFFERS = 4;
    private static final long POLL_MILLIS = 100;
    private static final long MAX_GRACE_NANOS = TimeUnit.SECONDS.toNanos(1);

    /** A buffer handed over; count -1 marks the end, failure a source that failed. */
    private record Block(char[] chars, int count, Throwable failure) {
    }

    private final Reader source;
    private final long idleNanos;
    /** How much longer the reader waits than the source's own idle timeout, so that its precise failure comes first. */
    private final long graceNanos;
    private final BlockingQueue<Block> filled = new ArrayBlockingQueue<>(BUFFERS);
    private final BlockingQueue<char[]> free = new ArrayBlockingQueue<>(BUFFERS);
    private volatile boolean closed;
    private Block current;
    private int position;

    ReadAheadReader(Reader source, Executor executor, Duration idleTimeout) {
        this.source = source;
        this.idleNanos = idleTimeout.toNanos();
        this.graceNanos = Math.min(MAX_GRACE_NANOS, idleNanos / 10);
        for (int i = 0; i < BUFFERS - 1; i++) {
            free.add(new char[BUFFER_CHARS]);
        }
        executor.execute(this::produce);
    }

    private void produce() {
        try {
            char[] buffer = new char[BUFFER_CHARS];
            for (int count; (count = source.read(buffer)) >= 0 && !closed; ) {
                if (count > 0 && !handOver(new Block(buffer, count, null))) {
                    return;
                }
                buffer = takeFree();
                if (buffer == null) {
                    return;
                }
            }
            handOver(new Block(null, -1, null));
        } catch (IOException | RuntimeException | Error e) {
            // whatever ends this thread must reach the consumer, or it would wait for the next block forever
            handOver(new Block(null, -1, e));
        }
    }

    /** Waits for room, but gives up when the consumer has closed or stopped: no thread outlives a read. */
    private boolean handOver(Block block) {
        long deadline = System.nanoTime() + idleNanos;
        try {
            while (!closed && System.nanoTime() < deadline) {
                if (filled.offer(block, POLL_MILLIS, TimeUnit.MILLISECONDS)) {
                    return true;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return false;
    }

    private char[] takeFree() {
        long deadline = System.nanoTime() + idleNanos;
        try {
            while (!closed && System.nanoTime() < deadline) {
                char[] buffer = free.poll(POLL_MILLIS, TimeUnit.MILLISECONDS);
                if (buffer != null) {
                    return buffer;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return null;
    }

    @Override
    public int read(char[] target, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        if (current != null && current.count() < 0) {
            return -1;
        }
        if ((current == null || position == current.count()) && !nextBlock()) {
            return -1;
        }
        int count = Math.min(length, current.count() - position);
        System.arraycopy(current.chars(), position, target, offset, count);
        position += count;
        return count;
    }

    private boolean nextBlock() throws IOException {
        if (current != null) {
            free.offer(current.chars());
        }
        try {
            current = filled.poll(idleNanos + graceNanos, TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while reading a listings document");
        }
        if (current == null) {
            throw new IdleReadTimeout("no text of the listings document came for "
                    + Duration.ofNanos(idleNanos + graceNanos).toMillis() + " ms");
        }
        position = 0;
        if (current.failure() != null) {
            throw rethrown(current.failure());
        }
        return current.count() >= 0;
    }

    private static IOException rethrown(Throwable failure) {
        if (failure instanceof Error error) {
            throw error;
        }
        return failure instanceof IOException io ? io : new IOException(failure);
    }

    @Override
    public void close() throws IOException {
        closed = true;
        source.close();
    }
}
