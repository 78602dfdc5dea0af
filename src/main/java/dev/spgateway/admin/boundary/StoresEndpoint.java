package dev.spgateway.admin.boundary;

import dev.spgateway.account.boundary.Accounts;
import dev.spgateway.store.boundary.StoreOverview;
import dev.spgateway.store.control.SecretState;
import dev.spgateway.store.control.StoreRecheck;
import dev.spgateway.store.control.StoreStatus;
import dev.spgateway.store.control.StoreSummary;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** {@code GET /admin/api/stores}; {@code POST /admin/api/stores/{id}/recheck} (store id or store key). */
@Path("stores")
@RequestScoped
public class StoresEndpoint {

    @EJB
    StoreOverview stores;

    @EJB
    Accounts accounts;

    @GET
    public List<StoreRow> all() {
        Map<String, String> accountNames = accounts.namesById();
        return stores.all().stream().map(status -> row(status, accountNames)).toList();
    }

    @POST
    @Path("{id}/recheck")
    public StoreRecheck recheck(@PathParam("id") String idOrKey) {
        return stores.recheck(idOrKey).orElseThrow(NotFoundException::new);
    }

    static StoreRow row(StoreStatus status, Map<String, String> accountNames) {
        StoreSummary store = status.store();
        SecretState secret = status.secret();
        return new StoreRow(store.id(), store.accountId(), accountNames.get(store.accountId()), store.sellerId(),
                store.customLabel(), store.awsRegion(), store.environment(), store.marketplaceIds(),
                store.connectionState(), store.lastVerifiedAt(), store.lastError(), store.clientSecretSetAt(),
                store.createdAt(), secret.expiresAt(), secret.daysLeft(), secret.state().name(), secret.reason());
    }

    /** A store on the console: identification, connection state and the age of its client secret. */
    public record StoreRow(String id, String accountId, String accountName, String sellerId, String customLabel,
            String awsRegion, String environment, List<String> marketplaceIds, String state,
            Instant lastVerifiedAt, String lastError, Instant clientSecretSetAt, Instant createdAt,
            Instant clientSecretExpiresAt, long daysLeft, String secretState, String secretReason) {
    }
}
