package dev.spgateway.admin.boundary;

import dev.spgateway.account.boundary.Accounts;
import dev.spgateway.account.control.AccountSummary;
import dev.spgateway.account.control.KeySummary;
import dev.spgateway.account.control.NewKey;
import dev.spgateway.admin.control.AdminJson;
import dev.spgateway.store.boundary.StoreOverview;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /admin/api/accounts}; {@code POST /admin/api/accounts} with {@code {"name": …}} creates an
 * account and its first key; {@code POST /admin/api/accounts/{id}/keys} adds a key.
 */
@Path("accounts")
@RequestScoped
public class AccountsEndpoint {

    static final int MAX_NAME_LENGTH = 200;

    @EJB
    Accounts accounts;

    @EJB
    StoreOverview stores;

    @GET
    public List<AccountRow> all() {
        Map<String, Long> storeCounts = stores.countByAccount();
        return accounts.all().stream()
                .map(account -> AccountRow.of(account, storeCounts.getOrDefault(account.id(), 0L))).toList();
    }

    @POST
    public Response create(InputStream body) {
        Object name = AdminJson.readObject(body).get("name");
        if (!(name instanceof String text) || text.isBlank() || text.length() > MAX_NAME_LENGTH) {
            return ConsoleErrors.error(Response.Status.BAD_REQUEST.getStatusCode(),
                    "name of 1 to " + MAX_NAME_LENGTH + " characters is required");
        }
        return Response.status(Response.Status.CREATED).entity(accounts.create(text.strip())).build();
    }

    @POST
    @Path("{id}/keys")
    public NewKey newKey(@PathParam("id") String accountId) {
        return accounts.newKey(accountId).orElseThrow(NotFoundException::new);
    }

    /** An account with its store count and its keys (hints only). */
    public record AccountRow(String id, String name, Instant createdAt, long stores, List<KeySummary> keys) {

        static AccountRow of(AccountSummary account, long stores) {
            return new AccountRow(account.id(), account.name(), account.createdAt(), stores, account.keys());
        }
    }
}
