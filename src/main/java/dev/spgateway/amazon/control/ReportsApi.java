package dev.spgateway.amazon.control;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** Reports API 2021-06-30. Built per region by {@link SpApiCalls}. */
@Path("/reports/2021-06-30")
@RegisterRestClient(configKey = "spapi-reports")
@Produces(MediaType.APPLICATION_JSON)
public interface ReportsApi extends AutoCloseable {

    @POST
    @Path("/reports")
    @Consumes(MediaType.APPLICATION_JSON)
    Response createReport(String specification);

    @GET
    @Path("/reports/{reportId}")
    Response getReport(@PathParam("reportId") String reportId);

    @GET
    @Path("/documents/{reportDocumentId}")
    Response getReportDocument(@PathParam("reportDocumentId") String reportDocumentId);
}
