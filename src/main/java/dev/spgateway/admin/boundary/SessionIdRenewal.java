package dev.spgateway.admin.boundary;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * Makes sure the session id changes at sign-in (session fixation). Many containers change it themselves when
 * they register the signed-in caller in the session, after the mechanism has answered; changing it a second
 * time during that registration loses the caller's groups for the requests in between. So the mechanism only
 * notes the id it signed in with ({@link ConsoleSessions}), and the first console request after it changes the
 * id only if the container left it as it was.
 */
@WebFilter(urlPatterns = "/admin/*")
public class SessionIdRenewal extends HttpFilter {

    static final String SIGNED_IN_WITH = SessionIdRenewal.class.getName() + ".signedInWith";
    private static final long serialVersionUID = 1L;

    /** Notes, at the moment a sign-in succeeds, which session id it happened in. */
    static void signedIn(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.setAttribute(SIGNED_IN_WITH, session.getId());
        }
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpSession session = request.getSession(false);
        Object signedInWith = session == null ? null : session.getAttribute(SIGNED_IN_WITH);
        if (signedInWith != null) {
            session.removeAttribute(SIGNED_IN_WITH);
            if (signedInWith.equals(session.getId())) {
                request.changeSessionId();
            }
        }
        chain.doFilter(request, response);
    }
}
