package dev.spgateway.report.control;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ReadAheadReaderTest {

    @Test
    void handsOnEveryCharInOrderAcrossManyBuffers() throws IOException {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 100_000; i++) {
            text.append(i).append(i % 10 == 0 ? '\n' : '\t');
        }
        StringWriter copy = new StringWriter();
        try (Reader reader = new ReadAheadReader(new StringReader(text.toString()), ReadAheadReaderTest::thread)) {
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
        try (Reader reader = new ReadAheadReader(failing, ReadAheadReaderTest::thread)) {
            IOException thrown = assertThrows(IOException.class, () -> reader.read(new char[8], 0, 8));
            assertSame(broken, thrown.getCause());
        }
    }

    private static void thread(Runnable task) {
        new Thread(task).start();
    }
}
