package dev.spgateway.amazon.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SpApiCallsTest {

    @Test
    void credentialsThatLwaRefusesSpendNoUsagePlanToken() {
        AtomicInteger acquired = new AtomicInteger();
        SpApiCalls calls = new SpApiCalls();
        calls.tokens = new LwaTokens() {
            @Override
            public AccessToken token(SpApiCredentials credentials) {
                throw new LwaFailure("invalid_client", "Client authentication failed");
            }
        };
        calls.usagePlans = new UsagePlans() {
            @Override
            public boolean acquire(String sellerKey, SpApiOperation operation) {
                acquired.incrementAndGet();
                return true;
            }
        };
        calls.usagePlans.maxWait = Duration.ofSeconds(10);
        SpApiCredentials credentials = UsagePlanOwnersTest.credentials(
                "amzn1.application-oa2-client.0123456789abcdef0123456789abcdef").ownedBy("account-b");

        assertThrows(LwaFailure.class, () -> calls.call(credentials, SpApiOperation.GET_MARKETPLACE_PARTICIPATIONS,
                SellersApi.class, SellersApi::getMarketplaceParticipations));
        assertEquals(0, acquired.get());
    }
}
