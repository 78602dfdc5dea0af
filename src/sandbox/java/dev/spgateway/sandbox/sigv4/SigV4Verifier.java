package dev.spgateway.sandbox.sigv4;

import dev.spgateway.sandbox.http.SandboxRequest;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.SignedRequest;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;
import software.amazon.awssdk.identity.spi.AwsSessionCredentialsIdentity;

import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks AWS Signature Version 4 by signing the received request again with the SDK's own signer and
 * comparing the results, so the sandbox agrees with AWS exactly where the SDK does.
 */
public final class SigV4Verifier {

    /** AWS refuses requests whose X-Amz-Date is further than this from its own time. */
    public static final Duration MAX_SKEW = Duration.ofMinutes(5);

    static final DateTimeFormatter AMZ_DATE = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    private static final Pattern AUTHORIZATION = Pattern.compile(
            "AWS4-HMAC-SHA256\\s+Credential=([^/,\\s]+)/(\\d{8})/([^/,\\s]+)/([^/,\\s]+)/aws4_request\\s*,\\s*"
                    + "SignedHeaders=([^,\\s]+)\\s*,\\s*Signature=([0-9a-f]{64})\\s*");

    /** The parts of an Authorization header. */
    public record Scope(String accessKeyId, String date, String region, String service, List<String> signedHeaders,
                        String signature) {
    }

    /** A verified request: who signed it and for which region. */
    public record Verified(SigningKey key, Scope scope) {
    }

    private final Clock clock;

    public SigV4Verifier(Clock clock) {
        this.clock = clock;
    }

    /**
     * @param service the signing name the endpoint expects ("sts", "execute-api")
     * @param keys    finds the secret for an access key id
     * @return the failure, or the verified signer as the right side
     */
    public Result verify(SandboxRequest request, String service, Function<String, Optional<SigningKey>> keys) {
        String authorization = request.header("Authorization");
        if (authorization == null || authorization.isBlank()) {
            return Result.fail("MissingAuthenticationToken", "Request is missing Authentication Token");
        }
        Matcher m = AUTHORIZATION.matcher(authorization.trim());
        if (!m.matches()) {
            return Result.fail("IncompleteSignature", "Authorization header requires 'Credential', 'Signature' and "
                    + "'SignedHeaders' parameters. Authorization=" + authorization);
        }
        Scope scope = new Scope(m.group(1), m.group(2), m.group(3), m.group(4), Arrays.asList(m.group(5).split(";")),
                m.group(6));
        String amzDate = request.header("X-Amz-Date");
        if (amzDate == null) {
            return Result.fail("IncompleteSignature",
                    "Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header.");
        }
        Instant signedAt;
        try {
            signedAt = AMZ_DATE.parse(amzDate, Instant::from);
        } catch (DateTimeParseException e) {
            return Result.fail("IncompleteSignature", "Date must be in ISO-8601 'basic format'. Got '" + amzDate + "'.");
        }
        if (!scope.service().equals(service)) {
            return Result.fail("SignatureDoesNotMatch", "Credential should be scoped to correct service: '" + service + "'. ");
        }
        SigningKey key = keys.apply(scope.accessKeyId()).orElse(null);
        if (key == null) {
            return Result.fail("InvalidClientTokenId", "The security token included in the request is invalid.");
        }
        if (key.sessionToken() != null) {
            if (!key.sessionToken().equals(request.header("X-Amz-Security-Token"))) {
                return Result.fail("InvalidClientTokenId", "The security token included in the request is invalid.");
            }
            if (!clock.instant().isBefore(key.expiresAt())) {
                return Result.fail("ExpiredToken", "The security token included in the request is expired");
            }
        }
        Instant now = clock.instant();
        if (signedAt.isBefore(now.minus(MAX_SKEW))) {
            return Result.fail("SignatureDoesNotMatch", "Signature expired: " + amzDate + " is now earlier than "
                    + AMZ_DATE.format(now.minus(MAX_SKEW)) + " (" + AMZ_DATE.format(now) + " - 5 min.)");
        }
        if (signedAt.isAfter(now.plus(MAX_SKEW))) {
            return Result.fail("SignatureDoesNotMatch", "Signature not yet current: " + amzDate + " is still later than "
                    + AMZ_DATE.format(now.plus(MAX_SKEW)) + " (" + AMZ_DATE.format(now) + " + 5 min.)");
        }
        if (!amzDate.startsWith(scope.date())) {
            return Result.fail("SignatureDoesNotMatch", "Date in Credential scope does not match YYYYMMDD from ISO-8601 "
                    + "version of date from HTTP: '" + scope.date() + "' != '" + amzDate.substring(0, 8) + "', from '"
                    + amzDate + "'.");
        }
        String expected = expectedAuthorization(request, scope, key, signedAt);
        if (!MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                normalize(authorization).getBytes(StandardCharsets.US_ASCII))) {
            return Result.fail("SignatureDoesNotMatch", "The request signature we calculated does not match the "
                    + "signature you provided. Check your AWS Secret Access Key and signing method. Consult the service "
                    + "documentation for details.");
        }
        return new Result(null, new Verified(key, scope));
    }

    /** The Authorization header the SDK produces for the same request, signed headers and key. */
    static String expectedAuthorization(SandboxRequest request, Scope scope, SigningKey key, Instant signedAt) {
        String hostHeader = request.header("Host");
        String host = hostHeader;
        int port = -1;
        int colon = hostHeader.lastIndexOf(':');
        if (colon > 0 && !hostHeader.endsWith("]")) {
            host = hostHeader.substring(0, colon);
            port = Integer.parseInt(hostHeader.substring(colon + 1));
        }
        SdkHttpRequest.Builder builder = SdkHttpRequest.builder()
                .method(SdkHttpMethod.fromValue(request.method()))
                .protocol("http")
                .host(host)
                .port(port)
                .encodedPath(request.uri().getRawPath().isEmpty() ? "/" : request.uri().getRawPath());
        request.query().forEach(builder::putRawQueryParameter);
        // the signer adds these from the identity and clock itself
        Set<String> added = Set.of("host", "x-amz-date", "x-amz-security-token");
        for (String name : scope.signedHeaders()) {
            if (!added.contains(name)) {
                List<String> values = request.headers().get(name);
                if (values != null) {
                    builder.putHeader(name, values);
                }
            }
        }
        AwsCredentialsIdentity identity = key.sessionToken() == null
                ? AwsCredentialsIdentity.create(key.accessKeyId(), key.secretAccessKey())
                : AwsSessionCredentialsIdentity.create(key.accessKeyId(), key.secretAccessKey(), key.sessionToken());
        SignedRequest signed = AwsV4HttpSigner.create().sign(r -> r
                .identity(identity)
                .request(builder.build())
                .payload(ContentStreamProvider.fromByteArray(request.body()))
                .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, scope.service())
                .putProperty(AwsV4HttpSigner.REGION_NAME, scope.region())
                .putProperty(HttpSigner.SIGNING_CLOCK, Clock.fixed(signedAt, ZoneOffset.UTC)));
        return normalize(signed.request().firstMatchingHeader("Authorization").orElse(""));
    }

    private static String normalize(String authorization) {
        return authorization.trim().replaceAll("\\s*,\\s*", ", ");
    }

    /** Either a failure or the verified signer. */
    public record Result(SigV4Failure failure, Verified verified) {

        static Result fail(String code, String message) {
            return new Result(new SigV4Failure(code, message), null);
        }

        public boolean ok() {
            return failure == null;
        }
    }
}
