package dev.spgateway.admin.boundary;

import dev.spgateway.admin.control.AdminJson;
import dev.spgateway.admin.control.CsrfTokens;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Logger;

/**
 * Every change made through the console must carry the session's CSRF token: in the {@code X-CSRF-Token}
 * header (the console's fetch calls) or the {@code csrf} form field (the logout form). Missing or wrong: 403.
 */
@WebFilter(urlPatterns = {"/admin/api/*", "/admin/logout"})
public class CsrfFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(CsrfFilter.class.getName());

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (CsrfTokens.isStateChanging(request.getMethod()) && !CsrfTokens.isValid(request.getSession(false),
                presentedToken(request))) {
            LOG.warning(() -> "Rejected " + request.getMethod() + " " + request.getRequestURI()
                    + " without a valid CSRF token");
            AdminJson.error(response, HttpServletResponse.SC_FORBIDDEN, "missing or invalid CSRF token");
            return;
        }
        chain.doFilter(request, response);
    }

    private static String presentedToken(HttpServletRequest request) {
        String header = request.getHeader(CsrfTokens.HEADER);
        if (header != null) {
            return header;
        }
        String type = request.getContentType();
        return type != null && type.startsWith("application/x-www-form-urlencoded")
                ? request.getParameter(CsrfTokens.FORM_FIELD) : null;
    }
}
