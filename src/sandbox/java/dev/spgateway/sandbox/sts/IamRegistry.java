package dev.spgateway.sandbox.sts;

import dev.spgateway.sandbox.http.Ids;
import dev.spgateway.sandbox.sigv4.SigningKey;

import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/** IAM users, the roles that trust them, and the temporary credentials AssumeRole handed out. */
public final class IamRegistry {

    public static final Pattern ACCESS_KEY_ID = Pattern.compile("AKIA[A-Z0-9]{16}");
    public static final Pattern ROLE_ARN = Pattern.compile("arn:aws:iam::(\\d{12}):role/([\\w+=,.@/-]+)");

    /** The role a session was made for, to check legacy SP-API calls against the application's role. */
    public record Session(SigningKey key, String roleArn) {
    }

    private final Clock clock;
    private final Map<String, SigningKey> users = new ConcurrentHashMap<>();
    private final Map<String, String> trustedUserByRole = new ConcurrentHashMap<>();
    private final Map<String, Session> sessions = new ConcurrentHashMap<>();

    public IamRegistry(Clock clock) {
        this.clock = clock;
    }

    public SigningKey registerUser(String accessKeyId, String secretAccessKey) {
        if (!ACCESS_KEY_ID.matcher(accessKeyId).matches()) {
            throw new IllegalArgumentException("access key ids look like AKIA followed by 16 upper-case letters or digits");
        }
        SigningKey key = new SigningKey(accessKeyId, secretAccessKey, null, null);
        users.put(accessKeyId, key);
        return key;
    }

    public SigningKey registerUser() {
        return registerUser("AKIA" + Ids.upperAlnum(16), Ids.secret(40));
    }

    public void registerRole(String roleArn, String trustedAccessKeyId) {
        if (!ROLE_ARN.matcher(roleArn).matches()) {
            throw new IllegalArgumentException("role ARNs look like arn:aws:iam::123456789012:role/name");
        }
        trustedUserByRole.put(roleArn, trustedAccessKeyId);
    }

    public Optional<SigningKey> user(String accessKeyId) {
        return Optional.ofNullable(users.get(accessKeyId));
    }

    boolean roleExists(String roleArn) {
        return trustedUserByRole.containsKey(roleArn);
    }

    boolean roleTrusts(String roleArn, String accessKeyId) {
        return accessKeyId.equals(trustedUserByRole.get(roleArn));
    }

    Session newSession(String roleArn, Instant expiresAt) {
        String token = "FwoGZXIvYXdzE" + Base64.getEncoder().encodeToString(Ids.secret(300).getBytes());
        SigningKey key = new SigningKey("ASIA" + Ids.upperAlnum(16), Ids.secret(40), token, expiresAt);
        Session session = new Session(key, roleArn);
        sessions.put(key.accessKeyId(), session);
        return session;
    }

    public Optional<Session> session(String accessKeyId) {
        return Optional.ofNullable(sessions.get(accessKeyId));
    }

    Clock clock() {
        return clock;
    }
}
