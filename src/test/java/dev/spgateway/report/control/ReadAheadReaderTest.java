package dev.spgateway.report.control;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReadAheadReaderTest {

    private static final Duration IDLE = Duration.ofMinutes(1);

    @Test
    void handsOnEveryCharInOrderAcrossManyBuffers() throws IOException {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 100_000; i++) {
            text.append(i).append(i % 10 == 0 ? '\n' : '\t');
        }
        StringWriter copy = new StringWriter();
        try (Reader reader = new ReadAheadReader(new StringReader(text.toString()), ReadAheadReaderTest::thread, IDLE)) {
            reader.transferTo(copy);
            assertEquals(-1, reader.read(new char[8], 0, 8));
        }
        assertEquals(text.toString(), copy.toString());
    }

    @Test
    void whatTheSourceThrowsReachesTheReader() throws IOException {
        IllegalStateException broken = new IllegalStateException("broken source");
        Reader failing = new Reader() {
            @Override
            public int read(char[] buffer, int offset, int length) {
                throw broken;
            }

            @Override
            public void close() {
            }
        };
        try (Reader reader = new ReadAheadReader(failing, ReadAheadReaderTest::thread, IDLE)) {
            IOException thrown = assertThrows(IOException.class, () -> reader.read(new char[8], 0, 8));
            assertSame(broken, thrown.getCause());
        }
    }

    @Test
    void aReadAheadThatNeverStartsFailsTheReaderAfterTheIdleTimeout() throws IOException {
        try (Reader reader = new ReadAheadReader(new StringReader("never read"), task -> { }, Duration.ofMillis(20))) {
            IdleReadTimeout thrown = assertThrows(IdleReadTimeout.class, () -> reader.read(new char[8], 0, 8));
            assertTrue(thrown.getMessage().startsWith("no text of the listings document came for"), thrown.getMessage());
        }
    }

    @Test
    void aSourceThatStopsSendingFailsTheReaderAndClosingItEndsTheThread() throws Exception {
        CountDownLatch closed = new CountDownLatch(1);
        Reader stalling = new Reader() {
            @Override
            public int read(char[] buffer, int offset, int length) throws IOException {
                try {
                    closed.await(1, TimeUnit.MINUTES);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                throw new IOException("closed while waiting");
            }

            @Override
            public void close() {
                closed.countDown();
            }
        };
        Thread[] readAhead = new Thread[1];
        Reader reader = new ReadAheadReader(stalling, task -> {
            readAhead[0] = new Thread(task);
            readAhead[0].start();
        }, Duration.ofMillis(20));

        assertThrows(IdleReadTimeout.class, () -> reader.read(new char[8], 0, 8));
        reader.close();

        readAhead[0].join(TimeUnit.SECONDS.toMillis(30));
        assertFalse(readAhead[0].isAlive(), "the read-ahead thread ends once its reader is closed");
    }

    @Test
    void aProducerWhoseReaderStoppedTakingGivesUp() throws Exception {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 50_000; i++) {
            text.append("row ").append(i).append('\n');
        }
        Thread[] readAhead = new Thread[1];
        Reader reader = new ReadAheadReader(new StringReader(text.toString()), task -> {
            readAhead[0] = new Thread(task);
            readAhead[0].start();
        }, Duration.ofMillis(500));
        reader.read(new char[8], 0, 8);

        // never read on, never closed: the producer fills its buffers, waits its idle timeout, and ends
        readAhead[0].join(TimeUnit.SECONDS.toMillis(30));
        assertFalse(readAhead[0].isAlive());
    }

    private static void thread(Runnable task) {
        new Thread(task).start();
    }
}
