package dev.spgateway.sandbox;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;
import software.amazon.awssdk.identity.spi.AwsSessionCredentialsIdentity;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.model.AssumeRoleResponse;
import software.amazon.awssdk.services.sts.model.Credentials;
import software.amazon.awssdk.services.sts.model.StsException;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** STS AssumeRole through the AWS SDK's own StsClient, and SigV4 on SP-API calls for legacy-IAM sellers. */
class SigV4Test {

    private static final String ROLE = "arn:aws:iam::123456789012:role/SellingPartnerApiRole";
    private static final String REPORT = "{\"reportType\":\"GET_MERCHANT_LISTINGS_ALL_DATA\",\"marketplaceIds\":[\"ATVPDKIKX0DER\"]}";

    private final SandboxFixture f = new SandboxFixture(false);
    private final String accessKeyId = "AKIA" + "SANDBOXEXAMPLE01";
    private final String secret = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";

    SigV4Test() {
        f.control.registerIamUser(accessKeyId, secret);
        f.control.registerRole(ROLE, accessKeyId);
        f.control.setApplicationRole(f.app.clientId(), ROLE);
        f.control.setLegacyIam(f.sellerId, true);
    }

    @AfterEach
    void stop() {
        f.close();
    }

    private StsClient sts(String key, String secretKey) {
        return StsClient.builder()
                .endpointOverride(URI.create(f.sandbox.baseUrl()))
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(key, secretKey)))
                .build();
    }

    private Credentials assumeRole() {
        try (StsClient sts = sts(accessKeyId, secret)) {
            AssumeRoleResponse response = sts.assumeRole(r -> r.roleArn(ROLE).roleSessionName("spgateway"));
            return response.credentials();
        }
    }

    @Test
    void sdkStsClientAssumesTheRole() {
        Credentials credentials = assumeRole();
        assertTrue(credentials.accessKeyId().startsWith("ASIA"));
        assertEquals(f.clock.instant().plusSeconds(3600).getEpochSecond(), credentials.expiration().getEpochSecond(), 1);
        assertEquals(1, f.control.callCount("assumeRole"));
    }

    @Test
    void stsRefusesAWrongSecretAnUnknownKeyAndAnUntrustedRole() {
        try (StsClient sts = sts(accessKeyId, secret.replace('w', 'x'))) {
            StsException e = assertThrows(StsException.class, () -> sts.assumeRole(r -> r.roleArn(ROLE).roleSessionName("s1")));
            assertEquals(403, e.statusCode());
            assertEquals("SignatureDoesNotMatch", e.awsErrorDetails().errorCode());
        }
        try (StsClient sts = sts("AKIAUNKNOWNUNKNOWN", secret)) {
            StsException e = assertThrows(StsException.class, () -> sts.assumeRole(r -> r.roleArn(ROLE).roleSessionName("s1")));
            assertEquals("InvalidClientTokenId", e.awsErrorDetails().errorCode());
        }
        var other = f.control.registerIamUser();
        try (StsClient sts = sts(other.accessKeyId(), other.secretAccessKey())) {
            StsException e = assertThrows(StsException.class, () -> sts.assumeRole(r -> r.roleArn(ROLE).roleSessionName("s1")));
            assertEquals(403, e.statusCode());
            assertEquals("AccessDenied", e.awsErrorDetails().errorCode());
        }
    }

    @Test
    void stsRefusesAStaleSignature() {
        String body = "Action=AssumeRole&Version=2011-06-15&RoleArn=" + SandboxClient.enc(ROLE) + "&RoleSessionName=s1";
        var response = StsSigning.post(f.sandbox.baseUrl(), body, AwsCredentialsIdentity.create(accessKeyId, secret),
                Clock.offset(f.clock, Duration.ofMinutes(-6)));
        assertEquals(403, response.statusCode());
        assertTrue(response.body().contains("<Code>SignatureDoesNotMatch</Code>"), response.body());
        assertTrue(response.body().contains("Signature expired"), response.body());
        assertTrue(response.body().contains("<Type>Sender</Type>"), response.body());
    }

    @Test
    void signedSpApiCallPassesAndTamperedOnesFail() {
        Credentials c = assumeRole();
        AwsSessionCredentialsIdentity session = AwsSessionCredentialsIdentity.create(c.accessKeyId(),
                c.secretAccessKey(), c.sessionToken());
        Clock now = Clock.fixed(f.clock.instant(), ZoneOffset.UTC);

        var ok = f.client.signed("POST", "/reports/2021-06-30/reports", f.token, REPORT, session, "us-east-1", now, null);
        assertEquals(202, ok.status(), ok.text());

        byte[] tampered = REPORT.getBytes(StandardCharsets.UTF_8);
        tampered[tampered.length - 3] = (byte) 'Y';
        var changed = f.client.signed("POST", "/reports/2021-06-30/reports", f.token, REPORT, session, "us-east-1", now,
                tampered);
        assertEquals(403, changed.status());
        assertEquals("InvalidSignature", changed.json().at("/errors/0/code").asText());
        assertTrue(changed.json().at("/errors/0/message").asText().startsWith("The request signature we calculated"));

        var wrongSecret = f.client.signed("GET", "/sellers/v1/marketplaceParticipations", f.token, null,
                AwsSessionCredentialsIdentity.create(c.accessKeyId(), "x" + c.secretAccessKey().substring(1),
                        c.sessionToken()), "us-east-1", now, null);
        assertEquals(403, wrongSecret.status());
        assertEquals("InvalidSignature", wrongSecret.json().at("/errors/0/code").asText());

        var stale = f.client.signed("GET", "/sellers/v1/marketplaceParticipations", f.token, null, session,
                "us-east-1", Clock.offset(now, Duration.ofMinutes(-5).minusSeconds(1)), null);
        assertEquals(403, stale.status());
        assertTrue(stale.json().at("/errors/0/message").asText().startsWith("Signature expired"));

        var wrongRegion = f.client.signed("GET", "/sellers/v1/marketplaceParticipations", f.token, null, session,
                "eu-west-1", now, null);
        assertEquals(403, wrongRegion.status());

        var unsigned = f.client.get("/sellers/v1/marketplaceParticipations", f.token);
        assertEquals(403, unsigned.status());

        var withQuery = f.client.signed("GET", "/reports/2021-06-30/reports?reportTypes=GET_MERCHANT_LISTINGS_ALL_DATA"
                + "&marketplaceIds=ATVPDKIKX0DER,A2EUQ1WTGCTBG2&pageSize=5", f.token, null, session, "us-east-1", now, null);
        assertEquals(200, withQuery.status(), withQuery.text());
    }

    @Test
    void expiredSessionCredentialsAreRefused() {
        Credentials c = assumeRole();
        f.clock.advance(Duration.ofMinutes(61));
        String token = f.refreshAccessToken();
        var response = f.client.signed("GET", "/sellers/v1/marketplaceParticipations", token, null,
                AwsSessionCredentialsIdentity.create(c.accessKeyId(), c.secretAccessKey(), c.sessionToken()),
                "us-east-1", Clock.fixed(f.clock.instant(), ZoneOffset.UTC), null);
        assertEquals(403, response.status());
        assertEquals("The security token included in the request is expired", response.json().at("/errors/0/message").asText());
    }
}
