package dev.spgateway.admin.boundary;

import dev.spgateway.admin.control.CsrfTokens;
import jakarta.enterprise.context.RequestScoped;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import java.util.LinkedHashMap;
import java.util.Map;

/** Who is signed in, and the session's CSRF token the page sends back with every change. */
@Path("session")
@RequestScoped
public class SessionEndpoint {

    @Context
    HttpServletRequest request;

    @GET
    public Map<String, Object> session() {
        Map<String, Object> session = new LinkedHashMap<>();
        session.put("user", request.getUserPrincipal() == null ? null : request.getUserPrincipal().getName());
        session.put("csrf_header", CsrfTokens.HEADER);
        session.put("csrf_token", CsrfTokens.tokenFor(request.getSession(true)));
        return session;
    }
}
