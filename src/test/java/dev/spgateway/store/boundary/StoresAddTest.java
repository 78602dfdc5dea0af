package dev.spgateway.store.boundary;

import static dev.spgateway.store.boundary.StoresFixture.ACME;
import static dev.spgateway.store.boundary.StoresFixture.NOW;
import static dev.spgateway.store.boundary.StoresFixture.OTHER;
import static dev.spgateway.store.boundary.StoresFixture.US;
import static dev.spgateway.store.boundary.StoresFixture.assertCode;
import static dev.spgateway.store.boundary.StoresFixture.parameters;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.spgateway.api.control.ApiException;
import dev.spgateway.api.control.ReturnCode;
import dev.spgateway.store.control.CredentialRules;
import dev.spgateway.store.control.NewStore;
import dev.spgateway.store.entity.StoreConnection;
import jakarta.persistence.PersistenceException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** account.cart.add through Stores: what is checked, asked and written, in which order. */
class StoresAddTest {

    private final StoresFixture fx = new StoresFixture();

    @Test
    void aVerifiedStoreIsWrittenWithAmazonsMarketplacesForTheCallersAccount() {
        String storeKey = fx.stores.add(ACME, parameters("A2SELLER000001"), true, Optional.of("Main shop"));

        assertEquals("s".repeat(40), storeKey);
        assertEquals(1, fx.verified.size());
        assertEquals("account-a", fx.verified.get(0).quotaOwner(), "Amazon is asked on the account's usage plan");
        NewStore draft = (NewStore) fx.written.get(0);
        assertEquals("account-a", draft.accountId());
        assertEquals("A2SELLER000001", draft.credentials().sellerId());
        assertEquals(List.of(US), draft.marketplaces());
        assertEquals(Optional.of("Main shop"), draft.label());
        assertEquals(Optional.empty(), draft.givenExpiry());
        assertEquals(NOW, draft.now());
    }

    @Test
    void withoutVerifyNobodyIsAskedAndNoMarketplaceIsStored() {
        Map<String, String> parameters = parameters("A2SELLER000001");
        parameters.put(CredentialRules.SECRET_EXPIRES_AT, "2027-06-01T00:00:00Z");

        fx.stores.add(ACME, parameters, false, Optional.empty());

        assertEquals(List.of(), fx.verified);
        NewStore draft = (NewStore) fx.written.get(0);
        assertEquals(List.of(), draft.marketplaces());
        assertEquals(Optional.of(Instant.parse("2027-06-01T00:00:00Z")), draft.givenExpiry());
    }

    @Test
    void badInputIs109BeforeAmazonIsAsked() {
        Map<String, String> badRegion = parameters("A2SELLER000001");
        badRegion.put(CredentialRules.AWS_REGION, "mars-north-1");
        Map<String, String> pastExpiry = parameters("A2SELLER000001");
        pastExpiry.put(CredentialRules.SECRET_EXPIRES_AT, "2020-01-01T00:00:00Z");

        assertCode(ReturnCode.INCORRECT_PARAMETER, () -> fx.stores.add(ACME, badRegion, true, Optional.empty()));
        assertCode(ReturnCode.INCORRECT_PARAMETER, () -> fx.stores.add(ACME, pastExpiry, true, Optional.empty()));
        assertCode(ReturnCode.INCORRECT_PARAMETER, () -> fx.stores.add(ACME, parameters("A2SELLER000001"), true,
                Optional.of("tab\tin the label")));
        Map<String, String> noToken = parameters("A2SELLER000001");
        noToken.remove(CredentialRules.REFRESH_TOKEN);
        assertCode(ReturnCode.REQUIRED_PARAMETER_MISSING, () -> fx.stores.add(ACME, noToken, true, Optional.empty()));

        assertEquals(List.of(), fx.verified);
        assertEquals(List.of(), fx.written);
    }

    @Test
    void theSameSellerAndRegionTwiceInOneAccountIs8BeforeAmazonIsAsked() {
        StoreConnection existing = fx.existingStore(ACME, "A2SELLER000001");

        assertCode(ReturnCode.STORE_ALREADY_EXISTS,
                () -> fx.stores.add(ACME, parameters("A2SELLER000001"), true, Optional.empty()));
        assertEquals(List.of(), fx.verified);
        assertEquals(List.of(), fx.written);

        fx.stores.add(OTHER, parameters(existing.sellerId()), true, Optional.empty());
        assertEquals("account-b", ((NewStore) fx.written.get(0)).accountId(), "another account may add the seller");
    }

    @Test
    void credentialsAmazonRefusesAreNotWritten() {
        fx.amazonRefuses = new ApiException(ReturnCode.STORE_ACCESS_DENIED, "invalid_grant");

        assertCode(ReturnCode.STORE_ACCESS_DENIED,
                () -> fx.stores.add(ACME, parameters("A2SELLER000001"), true, Optional.empty()));
        assertEquals(List.of(), fx.written);
    }

    @Test
    void aDuplicateThatWonTheRaceIs8AndAnyOtherRefusedWriteKeepsItsReason() {
        fx.beforeWriteRefused = () -> fx.existingStore(ACME, "A2SELLER000001");
        assertCode(ReturnCode.STORE_ALREADY_EXISTS,
                () -> fx.stores.add(ACME, parameters("A2SELLER000001"), true, Optional.empty()));

        fx.beforeWriteRefused = () -> { };
        PersistenceException reason = assertThrows(PersistenceException.class,
                () -> fx.stores.add(ACME, parameters("A2SELLER000002"), true, Optional.empty()));
        assertEquals("refused by the database", reason.getMessage());
    }
}
