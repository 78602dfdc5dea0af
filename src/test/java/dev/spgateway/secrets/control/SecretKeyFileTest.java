package dev.spgateway.secrets.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretKeyFileTest {

    @TempDir
    Path dataDir;

    @Test
    void createdOnceOwnerOnlyThenReused() throws Exception {
        SecretKeyFile.Loaded first = SecretKeyFile.loadOrCreate(dataDir.resolve("data"));
        SecretKeyFile.Loaded second = SecretKeyFile.loadOrCreate(dataDir.resolve("data"));

        assertTrue(first.created());
        assertFalse(second.created());
        assertArrayEquals(first.key(), second.key());
        assertEquals(32, first.key().length);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(first.file())));
    }
}
