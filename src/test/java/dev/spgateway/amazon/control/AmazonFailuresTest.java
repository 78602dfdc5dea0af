package dev.spgateway.amazon.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.spgateway.platform.control.RemoteFailure;
import dev.spgateway.platform.control.RemoteFailure.Kind;
import org.junit.jupiter.api.Test;

class AmazonFailuresTest {

    @Test
    void throttlingThatOutlastedTheRetriesIsThrottled() {
        RemoteFailure throttled = new TransientSpApiFailure(429, "QuotaExceeded", "You exceeded your quota");

        assertEquals(Kind.THROTTLED, throttled.kind());
        assertEquals("Amazon throttled the request (QuotaExceeded): You exceeded your quota", throttled.description());
    }

    @Test
    void amazonsOwnErrorAnswersAreRefusals() {
        RemoteFailure invalid = new SpApiFailure(400, "InvalidInput", "bad");
        RemoteFailure failing = new TransientSpApiFailure(503, "ServiceUnavailable", "down");

        assertEquals(Kind.REFUSED, invalid.kind());
        assertEquals("Amazon SP-API error InvalidInput: bad", invalid.description());
        assertEquals(Kind.REFUSED, failing.kind());
        assertEquals("Amazon SP-API error ServiceUnavailable: down", failing.description());
    }

    @Test
    void lwaAndStsRefuseCredentials() {
        RemoteFailure lwa = new LwaFailure("invalid_grant", "revoked");
        RemoteFailure unnamed = new LwaFailure(null, "no code");
        RemoteFailure sts = new StsFailure("AccessDenied", "no");

        assertEquals(Kind.CREDENTIALS_REJECTED, lwa.kind());
        assertEquals("Login with Amazon refused the store's credentials (invalid_grant): revoked", lwa.description());
        assertEquals("Login with Amazon refused the store's credentials (unknown_error): no code",
                unnamed.description());
        assertEquals(Kind.CREDENTIALS_REJECTED, sts.kind());
        assertEquals("AWS STS refused AssumeRole (AccessDenied): no", sts.description());
    }

    @Test
    void amazonOutOfReachIsUnavailableAndSaysSo() {
        RemoteFailure lwa = new LwaUnavailable("LWA answered HTTP 503 (server_error)");
        RemoteFailure spApi = new SpApiUnavailable("could not be reached");
        RemoteFailure expired = new Reports.DocumentExpired();

        assertEquals(Kind.UNAVAILABLE, lwa.kind());
        assertEquals("LWA answered HTTP 503 (server_error)", lwa.description());
        assertEquals(Kind.UNAVAILABLE, spApi.kind());
        assertEquals("could not be reached", spApi.description());
        assertEquals(Kind.UNAVAILABLE, expired.kind());
        assertEquals("the report document URL has expired", expired.description());
    }

    @Test
    void anAnswerOfAmazonsThatCannotBeReadIsAmazonsFailure() {
        for (String body : new String[] {"<html>busy</html>", "{\"payload\":\"none\"}", "{}"}) {
            SpApiUnavailable unreadable = assertThrows(SpApiUnavailable.class, () -> Sellers.parse(body));
            assertEquals(Kind.UNAVAILABLE, unreadable.kind());
        }
    }
}
