package dev.spgateway.api.boundary;

import dev.spgateway.api.control.ApiCall;
import dev.spgateway.api.control.ApiDispatcher;
import dev.spgateway.api.control.ApiException;
import dev.spgateway.api.control.Envelope;
import dev.spgateway.api.control.ParameterValue;
import dev.spgateway.api.control.RequestParameters;
import dev.spgateway.api.control.ReturnCode;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.OPTIONS;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /v1.1/{method}.json} for GET, POST, PUT and DELETE. Reads keys and parameters, then delegates; every
 * outcome, failures included, leaves as an HTTP 200 envelope. The answer is a stage: complete at once for most
 * calls; for a call that waits on Amazon, the JAX-RS runtime answers when it completes while the request
 * thread serves others.
 * <p>
 * One instance serves every request: the request's own objects arrive as method parameters. A resource
 * made per request cost about a tenth of a cached call's CPU time in the container (building the bean and
 * injecting its JAX-RS context fields).
 */
@Path("{endpoint}")
@Tag(name = "API2Cart", description = "API2Cart-compatible methods, /v1.1/{method}.json")
@APIResponse(responseCode = "200", description = "always HTTP 200; return_code tells success (0) or the error",
        content = @Content(mediaType = MediaType.APPLICATION_JSON,
                schema = @Schema(ref = "Envelope")))
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.WILDCARD)
public class ApiResource {

    private static final Pattern METHOD_NAME = Pattern.compile("[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*){1,5}");
    private static final String SUFFIX = ".json";

    @Inject
    ApiDispatcher dispatcher;

    @Inject
    @ConfigProperty(name = "spgateway.api.max-body-bytes")
    int maxBodyBytes;

    private RequestParameters requestParameters;

    @PostConstruct
    void init() {
        requestParameters = new RequestParameters(maxBodyBytes);
    }

    @GET
    @Operation(operationId = "get", summary = "Read methods (cart.info, product.list, …) with query parameters")
    public CompletionStage<Response> get(@PathParam("endpoint") String endpoint,
            @Context HttpServletRequest request, @Context HttpHeaders headers) {
        return call(endpoint, request, headers, null);
    }

    @POST
    @Operation(operationId = "post", summary = "Methods that create (account.cart.add, …)")
    public CompletionStage<Response> post(@PathParam("endpoint") String endpoint,
            @Context HttpServletRequest request, @Context HttpHeaders headers,
            @RequestBody(description = "parameters as JSON or form fields; they win over the query string",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON), @Content(mediaType = MediaType.APPLICATION_FORM_URLENCODED)}) InputStream body) {
        return call(endpoint, request, headers, body);
    }

    @PUT
    @Operation(operationId = "put", summary = "Methods that update (account.config.update, …)")
    public CompletionStage<Response> put(@PathParam("endpoint") String endpoint,
            @Context HttpServletRequest request, @Context HttpHeaders headers,
            @RequestBody(description = "parameters as JSON or form fields; they win over the query string",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON), @Content(mediaType = MediaType.APPLICATION_FORM_URLENCODED)}) InputStream body) {
        return call(endpoint, request, headers, body);
    }

    @DELETE
    @Operation(operationId = "delete", summary = "Methods that remove (cart.delete, …)")
    public CompletionStage<Response> delete(@PathParam("endpoint") String endpoint,
            @Context HttpServletRequest request, @Context HttpHeaders headers, InputStream body) {
        return call(endpoint, request, headers, body);
    }

    /** Answered here rather than by the JAX-RS runtime, which would describe the resource instead. */
    @OPTIONS
    @Operation(hidden = true)
    public Envelope options(@PathParam("endpoint") String endpoint) {
        throw new ApiException(ReturnCode.INCORRECT_PARAMETER,
                "HTTP method not supported: use GET, POST, PUT or DELETE");
    }

    private CompletionStage<Response> call(String endpoint, HttpServletRequest request, HttpHeaders headers,
            InputStream body) {
        String method = methodName(endpoint);
        String contentType = headers.getHeaderString(HttpHeaders.CONTENT_TYPE);
        // the query exactly as it came: the JAX-RS URI re-encodes raw bytes, which would hide bytes that are no UTF-8
        Map<String, ParameterValue> parameters = requestParameters.merge(request.getQueryString(),
                contentType, body);
        ParameterValue apiKey = firstPresent(headers.getHeaderString("x-api-key"), parameters.get("api_key"));
        ParameterValue storeKey = firstPresent(headers.getHeaderString("x-store-key"), parameters.get("store_key"));
        RequestParameters.KEY_PARAMETERS.forEach(parameters::remove);
        return Answers.unwrapped(dispatcher.dispatch(new ApiCall(method, apiKey, storeKey, parameters)),
                EnvelopeResponses::of);
    }

    private static String methodName(String endpoint) {
        if (endpoint.endsWith(SUFFIX)) {
            String method = endpoint.substring(0, endpoint.length() - SUFFIX.length());
            if (METHOD_NAME.matcher(method).matches()) {
                return method;
            }
        }
        throw new ApiException(ReturnCode.METHOD_NOT_FOUND,
                "Method not found: call /v1.1/{method}.json, for example /v1.1/cart.methods.json");
    }

    private static ParameterValue firstPresent(String header, ParameterValue fallback) {
        return header != null && !header.isBlank() ? ParameterValue.text(header) : fallback;
    }
}
