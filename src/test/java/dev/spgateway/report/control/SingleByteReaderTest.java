package dev.spgateway.report.control;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SingleByteReaderTest {

    @Test
    void decodesEveryByteAsTheJdkDoes() throws IOException {
        Charset cp1252 = Charset.forName("windows-1252");
        byte[] all = new byte[256];
        for (int b = 0; b < 256; b++) {
            all[b] = (byte) b;
        }
        try (Reader reader = SingleByteReader.of(new ByteArrayInputStream(all), cp1252).orElseThrow()) {
            char[] chars = new char[300];
            int count = reader.read(chars, 0, chars.length);
            assertEquals(new String(all, cp1252), new String(chars, 0, count));
            assertEquals('\u2026', chars[0x85]);
        }
    }

    @Test
    void onlySingleByteCharsetsQualify() {
        assertTrue(SingleByteReader.tableOf(Charset.forName("windows-1252")).isPresent());
        assertTrue(SingleByteReader.tableOf(StandardCharsets.ISO_8859_1).isPresent());
        assertFalse(SingleByteReader.tableOf(StandardCharsets.UTF_8).isPresent());
        assertFalse(SingleByteReader.tableOf(Charset.forName("windows-31j")).isPresent());
        assertFalse(SingleByteReader.tableOf(StandardCharsets.UTF_16LE).isPresent());
    }
}
