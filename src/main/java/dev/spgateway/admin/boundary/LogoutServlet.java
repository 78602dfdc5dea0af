package dev.spgateway.admin.boundary;

import dev.spgateway.admin.control.ProviderSignOutAddress;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * {@code POST /admin/logout} (with the CSRF token): ends the console session here and, through the provider's
 * end-session endpoint when it has one, at the provider too ({@link ProviderSignOut}); then the signed-out page.
 */
@WebServlet(urlPatterns = "/admin/logout")
public class LogoutServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        // ProviderSignOut has sent the browser on already, unless the caller had no sign-in to end
        if (!response.isCommitted() && response.getHeader("Location") == null) {
            response.sendRedirect(request.getContextPath() + ProviderSignOutAddress.SIGNED_OUT_PAGE);
        }
    }
}
