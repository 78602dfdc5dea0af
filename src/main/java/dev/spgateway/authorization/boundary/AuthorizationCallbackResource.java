package dev.spgateway.authorization.boundary;

import dev.spgateway.authorization.control.CallbackOutcome;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/**
 * {@code GET /amazon/authorization/callback}: Amazon's redirect after the seller confirmed or cancelled. No
 * API key: the state identifies the authorization. Answers never leak the URL they were reached with (it holds
 * the code) to the next site, and are never cached.
 */
@Path("callback")
@RequestScoped
public class AuthorizationCallbackResource {

    @EJB
    AuthorizationCallbacks callbacks;

    @GET
    public Response callback(@QueryParam("state") String state, @QueryParam("spapi_oauth_code") String code,
            @QueryParam("selling_partner_id") String sellerId, @QueryParam("error") String error) {
        CallbackOutcome outcome = callbacks.complete(new AuthorizationCallbacks.Callback(state, code, sellerId,
                error));
        Response.ResponseBuilder response = outcome.redirectTo()
                .map(url -> Response.seeOther(URI.create(url)))
                .orElseGet(() -> Response.status(outcome.pageStatus())
                        .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                        .entity(page(outcome)));
        return response.header("Referrer-Policy", "no-referrer")
                .header("Cache-Control", "no-store")
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'")
                .build();
    }

    /** The outcome's texts are the gateway's own, never anything the request carried. */
    static String page(CallbackOutcome outcome) {
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + outcome.pageTitle()
                + "</title><style>body{font-family:sans-serif;max-width:40em;margin:4em auto;padding:0 1em}</style>"
                + "</head><body><h1 id=\"title\">" + outcome.pageTitle() + "</h1><p id=\"message\">"
                + outcome.pageText() + "</p></body></html>";
    }
}
