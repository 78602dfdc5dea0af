package dev.spgateway.amazon.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spgateway.secrets.entity.Secret;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Usage plans belong to the holder of the credentials, not to whoever names the seller. */
class UsagePlanOwnersTest {

    private static final String SELLER = "A2EXAMPLE1SELLER";
    private static final String APP = "amzn1.application-oa2-client.0123456789abcdef0123456789abcdef";

    static SpApiCredentials credentials(String clientId) {
        return new SpApiCredentials(SELLER, clientId, Secret.of("amzn1.oa2-cs.v1.secret"),
                Secret.of("Atzr|refresh"), SellingRegion.NORTH_AMERICA, SpApiEnvironment.PRODUCTION,
                Optional.empty());
    }

    @Test
    void holdersOfTheSameSellerAndAppSpendDifferentPlans() {
        String first = credentials(APP).ownedBy("account-a").usagePlanKey();

        assertEquals(first, credentials(APP).ownedBy("account-a").usagePlanKey());
        assertNotEquals(first, credentials(APP).ownedBy("account-b").usagePlanKey());
        assertNotEquals(first, credentials(APP + "0").ownedBy("account-a").usagePlanKey(),
                "Amazon keeps a plan per application and seller");
    }

    @Test
    void credentialsWithoutAHolderSpendNoPlan() {
        assertThrows(IllegalStateException.class, () -> credentials(APP).usagePlanKey());
        assertThrows(IllegalArgumentException.class, () -> credentials(APP).ownedBy(" "));
    }

    @Test
    void anotherHolderClaimingTheSameSellerCannotEmptyAPlan() throws Exception {
        UsagePlans plans = new UsagePlans();
        plans.maxWait = Duration.ofSeconds(10);
        SpApiOperation operation = SpApiOperation.CREATE_REPORT;
        String intruder = credentials(APP).ownedBy("account-b").usagePlanKey();
        for (int i = 0; i < operation.defaultBurst(); i++) {
            assertTrue(plans.acquire(intruder, operation));
        }

        assertFalse(plans.acquire(intruder, operation), "the intruder's own plan is spent");
        assertTrue(plans.acquire(credentials(APP).ownedBy("account-a").usagePlanKey(), operation));
    }
}
