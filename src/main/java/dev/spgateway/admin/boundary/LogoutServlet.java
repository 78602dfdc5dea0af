package dev.spgateway.admin.boundary;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * {@code POST /admin/logout} (with the CSRF token): ends the console session here and, through the provider's
 * end-session endpoint when it has one, at the provider too; then the signed-out page.
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
        // the mechanism has already redirected to the provider when it announces logout there
        if (!response.isCommitted() && response.getHeader("Location") == null) {
            response.sendRedirect(request.getContextPath() + "/admin/logged-out.html");
        }
    }
}
