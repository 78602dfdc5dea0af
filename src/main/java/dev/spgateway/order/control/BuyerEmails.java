package dev.spgateway.order.control;

import dev.spgateway.secrets.boundary.SecretKeys;
import dev.spgateway.secrets.control.SealedTokens;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * Buyer e-mails as the order store may hold them: an HMAC-SHA256 of the e-mail (trimmed, lower case) per
 * store, with a key derived from the secrets key. The e-mail cannot be read back from it, and the same buyer
 * has unrelated hashes in different stores; {@code customer_email} is matched by the hashes under every key
 * of the ring, so rows hashed before a key rotation are still found.
 */
@ApplicationScoped
public class BuyerEmails {

    static final String PURPOSE = "spgateway buyer e-mail v1";
    public static final int MAX_LENGTH = 254;

    @EJB
    SecretKeys secretKeys;

    private SealedTokens macs;

    public BuyerEmails() {
    }

    public BuyerEmails(List<byte[]> keys) {
        this.macs = new SealedTokens(keys);
    }

    @PostConstruct
    void init() {
        macs = new SealedTokens(secretKeys.keyring().derivedKeys(PURPOSE));
    }

    /** The hash a stored order carries, under the current key. */
    public String hash(String storeId, String email) {
        return hashes(storeId, email).get(0);
    }

    /** The hashes under every key, the current key's first. */
    public List<String> hashes(String storeId, String email) {
        return macs.macs(storeId, normalized(email).getBytes(StandardCharsets.UTF_8)).stream()
                .map(HexFormat.of()::formatHex).toList();
    }

    public static String normalized(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }
}
