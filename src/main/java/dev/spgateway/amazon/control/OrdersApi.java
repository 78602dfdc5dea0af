package dev.spgateway.amazon.control;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** Orders API 2026-01-01 (v0 is deprecated). Built per region by {@link SpApiCalls}. */
@Path("/orders/2026-01-01")
@RegisterRestClient(configKey = "spapi-orders")
@Produces(MediaType.APPLICATION_JSON)
public interface OrdersApi extends AutoCloseable {

    /** Lists are Amazon's csv collection format; null parameters are left out of the query. */
    @GET
    @Path("/orders")
    Response searchOrders(@QueryParam("lastUpdatedAfter") String lastUpdatedAfter,
            @QueryParam("marketplaceIds") String marketplaceIds, @QueryParam("includedData") String includedData,
            @QueryParam("maxResultsPerPage") Integer maxResultsPerPage,
            @QueryParam("paginationToken") String paginationToken);

    /** The orders created in a period, for filling in what an order report leaves out. */
    @GET
    @Path("/orders")
    Response searchOrdersCreated(@QueryParam("createdAfter") String createdAfter,
            @QueryParam("createdBefore") String createdBefore, @QueryParam("marketplaceIds") String marketplaceIds,
            @QueryParam("includedData") String includedData, @QueryParam("maxResultsPerPage") Integer maxResultsPerPage,
            @QueryParam("paginationToken") String paginationToken);

    @GET
    @Path("/orders/{orderId}")
    Response getOrder(@PathParam("orderId") String orderId, @QueryParam("includedData") String includedData);
}
