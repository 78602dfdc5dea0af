package dev.spgateway.admin.boundary;

import dev.spgateway.admin.control.AdminJson;
import dev.spgateway.admin.control.AdminPaths;
import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.security.auth.message.callback.GroupPrincipalCallback;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.identitystore.openid.IdentityToken;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Set;
import java.util.logging.Logger;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.UnsupportedCallbackException;

/**
 * The console's sessions around the OpenID Connect mechanism:
 * <ul>
 * <li>the session gets a new id when a sign-in succeeds, so an id planted before sign-in is worthless after
 * it (session fixation; {@link SessionIdRenewal});</li>
 * <li>a session lasts only as long as the ID token it was opened with: then it ends and the operator signs
 * in again, so the provider's current groups claim decides again whether they hold the role;</li>
 * <li>the console's own JSON calls are answered 401 in JSON when there is no session, never redirected to
 * the provider's sign-in page, which a script cannot follow;</li>
 * <li>a page reloaded after its session ended still carries the provider's {@code code} and {@code state} of
 * that sign-in in its address; the mechanism would fail on them, so it starts a fresh sign-in instead.</li>
 * </ul>
 * Runs inside {@link SignInFailures}, so a provider that fails still ends on the explanatory page.
 */
@Decorator
@Dependent
@Priority(Interceptor.Priority.APPLICATION + 10)
public abstract class ConsoleSessions implements HttpAuthenticationMechanism {

    static final String GROUPS = ConsoleSessions.class.getName() + ".groups";
    private static final Logger LOG = Logger.getLogger(ConsoleSessions.class.getName());

    @Inject
    @Delegate
    @Any
    HttpAuthenticationMechanism delegate;

    @Inject
    OpenIdContext openId;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) throws AuthenticationException {
        boolean signedIn = request.getUserPrincipal() != null;
        if (!signedIn && context.isProtected() && isConsoleApi(request)) {
            return unauthorized(response, "not signed in: reload the console to sign in");
        }
        if (!signedIn && isStaleSignInReturn(request)) {
            return context.redirect(request.getRequestURI());
        }
        AuthenticationStatus status = delegate.validateRequest(request, response, context);
        if (status != AuthenticationStatus.SUCCESS) {
            return status;
        }
        if (signedIn) {
            if (identityTokenExpired()) {
                return signInAgain(request, response, context);
            }
            restoreGroups(request, context);
        } else if (context.getCallerPrincipal() != null) {
            Set<String> groups = context.getGroups() == null ? Set.of() : context.getGroups();
            request.getSession().setAttribute(GROUPS, groups.toArray(String[]::new));
            SessionIdRenewal.signedIn(request);
        }
        return status;
    }

    /**
     * Gives the caller of a signed-in session the groups of its sign-in again. Payara carries them from the
     * session to a request through a security context shared by the threads that have not yet served a
     * signed-in caller, so the first concurrent requests after a server start could lose them and answer 403.
     */
    private static void restoreGroups(HttpServletRequest request, HttpMessageContext context)
            throws AuthenticationException {
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(GROUPS) instanceof String[] groups && groups.length > 0) {
            try {
                context.getHandler().handle(new Callback[] {
                    new GroupPrincipalCallback(context.getClientSubject(), groups)});
            } catch (IOException | UnsupportedCallbackException e) {
                throw new AuthenticationException("the signed-in caller's groups could not be restored", e);
            }
        }
    }

    private boolean identityTokenExpired() {
        IdentityToken token = openId.getIdentityToken();
        return token == null || token.isExpired();
    }

    private AuthenticationStatus signInAgain(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        String user = request.getUserPrincipal().getName();
        LOG.info(() -> "The console session of " + user + " ended with its ID token; signing in again");
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        if (isConsoleApi(request)) {
            return unauthorized(response, "the sign-in has expired: reload the console to sign in again");
        }
        // the console's pages take no parameters; what the address may still carry is the ended sign-in's
        return context.redirect("GET".equals(request.getMethod()) ? request.getRequestURI()
                : request.getContextPath() + AdminPaths.CONSOLE + "/");
    }

    private static AuthenticationStatus unauthorized(HttpServletResponse response, String message) {
        try {
            AdminJson.error(response, HttpServletResponse.SC_UNAUTHORIZED, message);
        } catch (IOException clientGone) {
            LOG.fine(() -> "The 401 answer could not be written: " + clientGone);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    /** The provider's answer to a sign-in whose session (holding the state to check it against) is gone. */
    private static boolean isStaleSignInReturn(HttpServletRequest request) {
        return "GET".equals(request.getMethod()) && request.getParameter("state") != null
                && request.getSession(false) == null
                && !request.getRequestURI().equals(request.getContextPath() + AdminPaths.CALLBACK);
    }

    private static boolean isConsoleApi(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return AdminPaths.isConsoleApi(path);
    }
}
