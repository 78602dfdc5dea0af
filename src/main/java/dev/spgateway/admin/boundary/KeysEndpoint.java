package dev.spgateway.admin.boundary;

import dev.spgateway.account.boundary.Accounts;
import dev.spgateway.account.control.KeySummary;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

/** {@code POST /admin/api/keys/{id}/disable} disables a key for good. */
@Path("keys")
@RequestScoped
public class KeysEndpoint {

    @EJB
    Accounts accounts;

    @POST
    @Path("{id}/disable")
    public KeySummary disable(@PathParam("id") String keyId) {
        return accounts.disableKey(keyId).orElseThrow(NotFoundException::new);
    }
}
