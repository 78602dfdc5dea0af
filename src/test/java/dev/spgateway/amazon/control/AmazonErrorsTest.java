package dev.spgateway.amazon.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.spgateway.api.control.ApiException;
import dev.spgateway.api.control.ReturnCode;
import jakarta.persistence.PersistenceException;
import org.junit.jupiter.api.Test;

class AmazonErrorsTest {

    @Test
    void amazonsOwnRefusalsAre100AndThrottlingIs110() {
        assertEquals(ReturnCode.STORE_API_ERROR, code(new SpApiFailure(400, "InvalidInput", "bad")));
        assertEquals(ReturnCode.TOO_MANY_REQUESTS_TO_STORE, code(new TransientSpApiFailure(429, "QuotaExceeded", "x")));
        assertEquals(ReturnCode.STORE_API_ERROR, code(new LwaFailure("invalid_grant", "revoked")));
        assertEquals(ReturnCode.STORE_API_ERROR, code(new StsFailure("AccessDenied", "no")));
        assertEquals(ReturnCode.STORE_API_ERROR, code(new LwaUnavailable("LWA answered HTTP 503 (server_error)")));
        assertEquals(ReturnCode.STORE_API_ERROR, code(new SpApiUnavailable("could not be reached")));
    }

    @Test
    void anAnswerOfAmazonsThatCannotBeReadIsAmazonsError() {
        for (String body : new String[] {"<html>busy</html>", "{\"payload\":\"none\"}", "{}"}) {
            SpApiUnavailable unreadable = assertThrows(SpApiUnavailable.class, () -> Sellers.parse(body));
            assertEquals(ReturnCode.STORE_API_ERROR, code(unreadable));
        }
    }

    @Test
    void anythingElseIsNotPassedOffAsAmazonsError() {
        RuntimeException bug = new NullPointerException("Cannot invoke \"String.length()\"");
        RuntimeException outage = new PersistenceException("Connection refused");

        assertSame(bug, AmazonErrors.toApi(bug));
        assertSame(outage, AmazonErrors.toApi(outage));
    }

    private static ReturnCode code(RuntimeException failure) {
        return ((ApiException) AmazonErrors.toApi(failure)).returnCode();
    }
}
