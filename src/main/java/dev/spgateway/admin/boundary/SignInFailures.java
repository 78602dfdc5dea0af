package dev.spgateway.admin.boundary;

import dev.spgateway.admin.control.OidcSettings;
import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A failed single sign-on would otherwise reach the browser as a bare HTTP 500 from the container (the
 * mechanism runs before any servlet or error page): send the operator to a page that explains it instead.
 * Without a configured provider the console is not offered at all, and the rest of the gateway is unaffected.
 */
@Decorator
@Dependent
@Priority(Interceptor.Priority.APPLICATION)
public abstract class SignInFailures implements HttpAuthenticationMechanism {

    static final String FAILED_PAGE = "/admin/sign-in-failed.html";
    private static final Logger LOG = Logger.getLogger(SignInFailures.class.getName());

    @Inject
    @Delegate
    @Any
    HttpAuthenticationMechanism delegate;

    @Inject
    OidcSettings settings;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) throws AuthenticationException {
        if (!settings.isConfigured()) {
            return context.isProtected() ? context.redirect(failedPage(request, "unconfigured")) : context.doNothing();
        }
        try {
            return delegate.validateRequest(request, response, context);
        } catch (AuthenticationException | RuntimeException e) {
            LOG.log(Level.WARNING, "Single sign-on for the console failed: " + e, e);
            if (response.isCommitted()) {
                throw e;
            }
            return context.redirect(failedPage(request, "failed"));
        }
    }

    private static String failedPage(HttpServletRequest request, String reason) {
        return request.getContextPath() + FAILED_PAGE + "?reason=" + reason;
    }
}
