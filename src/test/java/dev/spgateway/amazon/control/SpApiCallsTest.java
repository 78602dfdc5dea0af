package dev.spgateway.amazon.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What one SP-API call decides around the exchange with Amazon, which the test scripts. */
class SpApiCallsTest {

    private static final SpApiOperation OPERATION = SpApiOperation.GET_MARKETPLACE_PARTICIPATIONS;
    private static final String EXPIRED = "{\"errors\":[{\"code\":\"Unauthorized\",\"message\":\"The access token"
            + " you provided has expired.\"}]}";

    private final TestTime time = new TestTime();
    private final List<String> events = new ArrayList<>();
    private final AtomicInteger exchanges = new AtomicInteger();
    private final Deque<SpApiResponse> answers = new ArrayDeque<>();
    private final List<String> tokensSent = new ArrayList<>();
    private final SpApiCredentials credentials = UsagePlanOwnersTest.credentials(
            "amzn1.application-oa2-client.0123456789abcdef0123456789abcdef").ownedBy("account-a");
    private boolean planAllows = true;
    private final SpApiCalls calls = new ScriptedCalls();

    SpApiCallsTest() {
        calls.tokens = new LwaTokens(given -> {
            events.add("token");
            return new AccessToken("Atza|token-" + exchanges.incrementAndGet(), time.clock.instant().plusSeconds(3600));
        }, time.clock, time.ticker);
        calls.usagePlans = new RecordingPlans();
        calls.usagePlans.maxWait = Duration.ofSeconds(10);
        calls.statistics = new SpApiStatistics();
    }

    @AfterEach
    void clearInterrupt() {
        Thread.interrupted();
    }

    @Test
    void aSuccessTakesTheTokenThenTheUsagePlanThenCallsAndCountsOnce() {
        answers.add(new SpApiResponse(200, "{\"payload\":[]}", "0.5"));

        SpApiResponse response = call();

        assertEquals(200, response.status());
        assertEquals(List.of("token", "acquire", "send", "observe 0.5", "answered"), events);
        assertEquals(Map.of(OPERATION.operationId(), 1L), calls.statistics.calls());
        assertEquals(Map.of(), calls.statistics.throttles());
    }

    @Test
    void aTokenAmazonCallsExpiredIsExchangedAgainOnceAndTheCallRepeated() {
        answers.add(new SpApiResponse(403, EXPIRED, null));
        answers.add(new SpApiResponse(200, "{}", null));

        assertEquals(200, call().status());

        assertEquals(List.of("Atza|token-1", "Atza|token-2"), tokensSent);
        assertEquals(Map.of(OPERATION.operationId(), 2L), calls.statistics.calls(), "both attempts count");
        assertEquals(List.of("token", "acquire", "send", "token", "send", "observe null", "answered"), events,
                "one usage-plan token for both attempts");
    }

    @Test
    void aTokenStillExpiredAfterTheRenewalIsAFailureNotALoop() {
        answers.add(new SpApiResponse(403, EXPIRED, null));
        answers.add(new SpApiResponse(403, EXPIRED, null));

        SpApiFailure failure = assertThrows(SpApiFailure.class, this::call);

        assertTrue(failure.isUnauthorized());
        assertEquals(2, tokensSent.size());
        assertTrue(answers.isEmpty());
    }

    @Test
    void anotherRefusalKeepsTheTokenAndCarriesAmazonsFirstError() {
        answers.add(new SpApiResponse(403, "{\"errors\":[{\"code\":\"Unauthorized\",\"message\":\"Access to requested"
                + " resource is denied.\"},{\"code\":\"Other\",\"message\":\"second\"}]}", null));

        SpApiFailure failure = assertThrows(SpApiFailure.class, this::call);

        assertFalse(failure instanceof TransientSpApiFailure, "a refusal is not retried");
        assertEquals(403, failure.status());
        assertEquals("Unauthorized", failure.code());
        assertEquals("Access to requested resource is denied.", failure.getMessage());
        assertEquals(1, exchanges.get());
        assertTrue(events.contains("answered"));
    }

    @Test
    void throttlingEmptiesTheBucketAndIsRetryable() {
        answers.add(new SpApiResponse(429, "{\"errors\":[{\"code\":\"QuotaExceeded\",\"message\":\"You exceeded"
                + " your quota\"}]}", "0.0167"));

        SpApiFailure failure = assertThrows(SpApiFailure.class, this::call);

        assertInstanceOf(TransientSpApiFailure.class, failure);
        assertTrue(failure.isThrottled());
        assertEquals(List.of("token", "acquire", "send", "observe 0.0167", "throttled"), events);
        assertEquals(Map.of(OPERATION.operationId(), 1L), calls.statistics.throttles());
    }

    @Test
    void aServerErrorWithoutJsonIsRetryableAndDescribedByItsStatus() {
        answers.add(new SpApiResponse(503, "<html>Service Unavailable</html>", null));

        SpApiFailure failure = assertThrows(SpApiFailure.class, this::call);

        assertInstanceOf(TransientSpApiFailure.class, failure);
        assertEquals("HTTP503", failure.code());
        assertEquals("Amazon answered HTTP 503", failure.getMessage());
    }

    @Test
    void aClientErrorWithAnEmptyErrorListIsDescribedByItsStatus() {
        SpApiFailure failure = SpApiCalls.failure(new SpApiResponse(400, "{\"errors\":[]}", null));

        assertFalse(failure instanceof TransientSpApiFailure);
        assertEquals("HTTP400", failure.code());
        assertEquals("Amazon answered HTTP 400", failure.getMessage());
    }

    @Test
    void aUsagePlanWithoutATokenWithinTheAllowedWaitSendsNothing() {
        planAllows = false;

        SpApiFailure failure = assertThrows(SpApiFailure.class, this::call);

        assertEquals(429, failure.status());
        assertEquals("QuotaExceeded", failure.code());
        assertFalse(failure instanceof TransientSpApiFailure, "retrying cannot get a token sooner");
        assertEquals(List.of("token", "acquire"), events);
        assertEquals(Map.of(), calls.statistics.calls());
    }

    @Test
    void anInterruptedWaitForTheUsagePlanIsUnavailableAndKeepsTheInterrupt() {
        Thread.currentThread().interrupt();

        assertThrows(SpApiUnavailable.class, this::call);

        assertTrue(Thread.currentThread().isInterrupted());
        assertFalse(events.contains("send"));
    }

    @Test
    void credentialsThatLwaRefusesSpendNoUsagePlanToken() {
        calls.tokens = new LwaTokens(given -> {
            throw new LwaFailure("invalid_client", "Client authentication failed");
        }, time.clock, time.ticker);

        assertThrows(LwaFailure.class, this::call);

        assertEquals(List.of(), events);
    }

    @Test
    void laterCallsReuseTheTokenWhileEachHolderOfTheCredentialsSpendsItsOwnPlan() {
        answers.add(new SpApiResponse(200, "{}", null));
        answers.add(new SpApiResponse(200, "{}", null));
        call();
        List<String> plans = ((RecordingPlans) calls.usagePlans).sellerKeys;

        call();
        calls.call(credentials.ownedBy("account-b"), OPERATION, SellersApi.class, api -> null);

        assertEquals(List.of("Atza|token-1", "Atza|token-1", "Atza|token-1"), tokensSent);
        assertEquals(1, exchanges.get());
        assertEquals(plans.get(0), plans.get(1));
        assertNotEquals(plans.get(0), plans.get(2));
    }

    private SpApiResponse call() {
        return calls.call(credentials, OPERATION, SellersApi.class, api -> null);
    }

    /** Amazon's answers in the order the test queued them; an empty queue answers 200. */
    private final class ScriptedCalls extends SpApiCalls {
        @Override
        <A extends AutoCloseable> SpApiResponse send(SpApiCredentials given, AccessToken token, Class<A> api,
                Function<A, Response> invocation) {
            events.add("send");
            tokensSent.add(token.value());
            SpApiResponse next = answers.poll();
            return next == null ? new SpApiResponse(200, "{}", null) : next;
        }
    }

    private final class RecordingPlans extends UsagePlans {
        final List<String> sellerKeys = new ArrayList<>();

        @Override
        public boolean acquire(String sellerKey, SpApiOperation operation) throws InterruptedException {
            events.add("acquire");
            sellerKeys.add(sellerKey);
            if (Thread.interrupted()) {
                throw new InterruptedException();
            }
            return planAllows;
        }

        @Override
        public void observe(String sellerKey, SpApiOperation operation, String rateLimitHeader) {
            events.add("observe " + rateLimitHeader);
        }

        @Override
        public void throttled(String sellerKey, SpApiOperation operation) {
            events.add("throttled");
        }

        @Override
        public void answered(String sellerKey, SpApiOperation operation) {
            events.add("answered");
        }
    }
}
