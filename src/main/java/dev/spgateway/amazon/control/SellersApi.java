package dev.spgateway.amazon.control;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** Sellers API v1. Built per region by {@link SpApiCalls}; the config key carries its timeouts. */
@Path("/sellers/v1")
@RegisterRestClient(configKey = "spapi-sellers")
public interface SellersApi extends AutoCloseable {

    @GET
    @Path("/marketplaceParticipations")
    @Produces(MediaType.APPLICATION_JSON)
    Response getMarketplaceParticipations();
}
