package dev.spgateway.amazon.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Names a set of credentials in the token caches without holding the secrets as map keys: a changed
 * secret is a new key, so a rotation never serves a token made with the old one.
 */
final class CredentialKey {

    private CredentialKey() {
    }

    static String of(String... parts) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String part : parts) {
                digest.update(part.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String lwa(SpApiCredentials credentials) {
        return of("lwa", credentials.clientId(), credentials.clientSecret().reveal(),
                credentials.refreshToken().reveal());
    }

    static String sts(IamCredentials iam) {
        return of("sts", iam.accessKeyId(), iam.secretAccessKey().reveal(), iam.roleArn());
    }
}
