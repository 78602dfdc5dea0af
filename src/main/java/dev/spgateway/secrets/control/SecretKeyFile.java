package dev.spgateway.secrets.control;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;

/**
 * The generated secrets key of an installation that configured none: created once in the data directory,
 * readable by the owner only, and reused at every start.
 */
public final class SecretKeyFile {

    public static final String FILE_NAME = "secrets.key";

    private SecretKeyFile() {
    }

    /** Reads the key file, creating it first if it does not exist; returns the key and whether it is new. */
    public static Loaded loadOrCreate(Path dataDir) throws IOException {
        Path file = dataDir.resolve(FILE_NAME);
        if (Files.exists(file)) {
            return new Loaded(read(file), file, false);
        }
        Files.createDirectories(dataDir);
        byte[] key = SecretKeyring.newKey();
        try {
            create(file, Base64.getEncoder().encodeToString(key));
            return new Loaded(key, file, true);
        } catch (FileAlreadyExistsException anotherInstanceWasFaster) {
            return new Loaded(read(file), file, false);
        }
    }

    private static void create(Path file, String content) throws IOException {
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } else {
            Files.createFile(file);
        }
        Files.writeString(file, content + "\n", StandardCharsets.US_ASCII);
    }

    private static byte[] read(Path file) throws IOException {
        return SecretKeyring.decodeKey(Files.readString(file, StandardCharsets.US_ASCII));
    }

    public record Loaded(byte[] key, Path file, boolean created) {
    }
}
