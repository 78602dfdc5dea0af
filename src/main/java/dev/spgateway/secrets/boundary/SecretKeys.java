package dev.spgateway.secrets.boundary;

import dev.spgateway.secrets.control.SecretKeyFile;
import dev.spgateway.secrets.control.SecretKeyring;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Loads the key that encrypts stored credentials before any request can read or write one: from
 * {@code spgateway.secrets.key}, else from (or into) {@code secrets.key} in the data directory.
 * Older keys in {@code spgateway.secrets.previous-keys} still decrypt what they sealed.
 */
@Singleton
@Startup
public class SecretKeys {

    private static final Logger LOG = Logger.getLogger(SecretKeys.class.getName());

    @Inject
    @ConfigProperty(name = "spgateway.secrets.key")
    Optional<String> configuredKey;

    @Inject
    @ConfigProperty(name = "spgateway.secrets.previous-keys")
    Optional<String> previousKeys;

    @Inject
    @ConfigProperty(name = "spgateway.data-dir")
    String dataDir;

    private SecretKeyring keyring;

    @PostConstruct
    void load() {
        byte[] current = configuredKey.filter(key -> !key.isBlank())
                .map(SecretKeyring::decodeKey)
                .orElseGet(this::fromKeyFile);
        List<byte[]> previous = previousKeys.stream()
                .flatMap(keys -> java.util.Arrays.stream(keys.split(",")))
                .filter(key -> !key.isBlank())
                .map(SecretKeyring::decodeKey)
                .toList();
        keyring = new SecretKeyring(current, previous);
        SecretKeyring.install(keyring);
        LOG.info(() -> "Credentials are encrypted with AES-256-GCM, key id " + keyring.currentKeyId());
    }

    public SecretKeyring keyring() {
        return keyring;
    }

    private byte[] fromKeyFile() {
        try {
            SecretKeyFile.Loaded loaded = SecretKeyFile.loadOrCreate(Path.of(dataDir));
            if (loaded.created()) {
                LOG.warning(() -> "spgateway.secrets.key is not set: generated a new secrets key in " + loaded.file()
                        + " (owner-only). Back it up: without it the stored credentials cannot be decrypted.");
            } else {
                LOG.info(() -> "spgateway.secrets.key is not set: using the secrets key in " + loaded.file());
            }
            return loaded.key();
        } catch (IOException e) {
            throw new UncheckedIOException("the secrets key file could not be read or created", e);
        }
    }
}
