package dev.spgateway.store.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spgateway.amazon.control.LwaFailure;
import dev.spgateway.amazon.control.Participation;
import dev.spgateway.amazon.control.SellingRegion;
import dev.spgateway.amazon.control.StsFailure;
import dev.spgateway.api.control.ApiException;
import java.util.List;
import org.junit.jupiter.api.Test;

class StoreVerifierTest {

    private static Participation participation(String id, String name) {
        return new Participation(id, null, name, null, null, null, true);
    }

    @Test
    void keepsTheMarketplacesOfTheStoresRegion() {
        List<String> ids = StoreVerifier.marketplacesOfRegion(SellingRegion.NORTH_AMERICA, List.of(
                participation("ATVPDKIKX0DER", "Amazon.com"),
                participation("A2EUQ1WTGCTBG2", "Amazon.ca"),
                participation("A1PA6795UKMFR9", "Amazon.de")));

        assertEquals(List.of("ATVPDKIKX0DER", "A2EUQ1WTGCTBG2"), ids);
    }

    @Test
    void aRegionWithoutMarketplacesIsRejectedWithTheTableAndWhatWasFound() {
        ApiException e = assertThrows(ApiException.class, () -> StoreVerifier.marketplacesOfRegion(
                SellingRegion.EUROPE, List.of(participation("ATVPDKIKX0DER", "Amazon.com"))));

        assertEquals(109, e.returnCode().code());
        assertTrue(e.getMessage().contains("ATVPDKIKX0DER (Amazon.com, North America us-east-1)"), e.getMessage());
        assertTrue(e.getMessage().contains("North America us-east-1, Europe eu-west-1, Far East us-west-2"));
    }

    @Test
    void lwaRefusalsExplainThemselves() {
        assertTrue(StoreVerifier.lwaMessage(new LwaFailure("invalid_client", "x")).contains("180 days"));
        assertTrue(StoreVerifier.lwaMessage(new LwaFailure("invalid_client", "x")).contains("account.config.update"));
        assertTrue(StoreVerifier.lwaMessage(new LwaFailure("invalid_grant", "x")).contains("revoked"));
    }

    @Test
    void stsAccessDeniedNamesThePermission() {
        assertTrue(StoreVerifier.stsMessage(new StsFailure("AccessDenied", "no")).contains("sts:AssumeRole"));
    }
}
