package dev.spgateway.admin.boundary;

import dev.spgateway.admin.control.CsrfTokens;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/** Who is signed in, and the session's CSRF token the page sends back with every change. */
@WebServlet(urlPatterns = "/admin/api/session")
public class SessionEndpoint extends AdminApiServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Map<String, Object> session = new LinkedHashMap<>();
        session.put("user", request.getUserPrincipal() == null ? null : request.getUserPrincipal().getName());
        session.put("csrf_header", CsrfTokens.HEADER);
        session.put("csrf_token", CsrfTokens.tokenFor(request.getSession(true)));
        ok(response, session);
    }
}
