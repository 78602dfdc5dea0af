package dev.spgateway.amazon.control;

import com.github.benmanes.caffeine.cache.Ticker;
import dev.spgateway.platform.control.ExpiringCache;
import dev.spgateway.platform.control.SingleFlight;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Function;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.model.AssumeRoleResponse;
import software.amazon.awssdk.services.sts.model.Credentials;
import software.amazon.awssdk.services.sts.model.StsException;

/**
 * Temporary credentials of the legacy IAM setup: STS AssumeRole with the store's IAM user, cached until five
 * minutes before they expire and then forgotten. Concurrent callers of a cold store share one AssumeRole.
 */
@ApplicationScoped
public class AssumedRoles {

    private static final Duration EARLY_EXPIRY = Duration.ofMinutes(5);
    private static final String SESSION_NAME = "spgateway";

    @Inject
    @ConfigProperty(name = "spgateway.sts.url")
    String stsUrl;

    @Inject
    @ConfigProperty(name = "spgateway.spapi.read-timeout")
    Duration readTimeout;

    private Function<IamCredentials, RoleCredentials> assumeRole;
    private ExpiringCache<RoleCredentials> cache;
    private final SingleFlight<RoleCredentials> assumptions = new SingleFlight<>();

    public AssumedRoles() {
    }

    AssumedRoles(Function<IamCredentials, RoleCredentials> assumeRole, Clock clock, Ticker ticker) {
        this.assumeRole = assumeRole;
        this.cache = new ExpiringCache<>(RoleCredentials::usableUntil, clock, ticker);
    }

    @PostConstruct
    void init() {
        assumeRole = this::assume;
        cache = new ExpiringCache<>(RoleCredentials::usableUntil, Clock.systemUTC(), Ticker.systemTicker());
    }

    public RoleCredentials credentials(IamCredentials iam) {
        String key = CredentialKey.sts(iam);
        RoleCredentials cached = cache.get(key);
        if (cached != null) {
            return cached;
        }
        return assumptions.run(key, () -> {
            RoleCredentials again = cache.get(key);
            if (again != null) {
                return again;
            }
            RoleCredentials fresh = assumeRole.apply(iam);
            cache.put(key, fresh);
            return fresh;
        });
    }

    long cachedCredentials() {
        return cache.size();
    }

    private RoleCredentials assume(IamCredentials iam) {
        try (StsClient sts = StsClient.builder()
                .endpointOverride(URI.create(stsUrl))
                .region(Region.US_EAST_1)
                .httpClient(UrlConnectionHttpClient.builder().socketTimeout(readTimeout).build())
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(iam.accessKeyId(), iam.secretAccessKey().reveal())))
                .build()) {
            AssumeRoleResponse response = sts.assumeRole(r -> r.roleArn(iam.roleArn()).roleSessionName(SESSION_NAME));
            Credentials c = response.credentials();
            Instant expiry = c.expiration();
            return new RoleCredentials(c.accessKeyId(), c.secretAccessKey(), c.sessionToken(),
                    expiry.minus(EARLY_EXPIRY));
        } catch (StsException e) {
            String code = e.awsErrorDetails() == null ? "StsError" : e.awsErrorDetails().errorCode();
            String message = e.awsErrorDetails() == null ? "STS refused AssumeRole"
                    : e.awsErrorDetails().errorMessage();
            throw new StsFailure(code, message);
        } catch (SdkClientException e) {
            throw new SpApiUnavailable("AWS STS could not be reached: " + e.getClass().getSimpleName());
        }
    }

    /** Temporary AWS credentials; {@code toString} leaves the secret parts out. */
    public record RoleCredentials(String accessKeyId, String secretAccessKey, String sessionToken,
            Instant usableUntil) {

        @Override
        public String toString() {
            return "RoleCredentials[accessKeyId=" + accessKeyId + ", usableUntil=" + usableUntil + "]";
        }
    }
}
