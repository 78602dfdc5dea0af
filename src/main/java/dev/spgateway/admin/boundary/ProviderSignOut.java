package dev.spgateway.admin.boundary;

import dev.spgateway.admin.control.ProviderSignOutAddress;
import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.identitystore.openid.IdentityToken;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Signing out ({@code request.logout()}): the mechanism ends the session as its {@code @LogoutDefinition}
 * says, but the browser is sent on from here, to the address {@link ProviderSignOutAddress} builds. The
 * mechanism's own redirect to the provider is not portable: WildFly's Jakarta Security writes the
 * end-session address with {@code UriBuilder.toString()}, which RESTEasy's builder does not implement, and
 * the browser would land on {@code /admin/org.jboss.resteasy.specimpl.ResteasyUriBuilderImpl@…}.
 */
@Decorator
@Dependent
@Priority(Interceptor.Priority.APPLICATION + 20)
public abstract class ProviderSignOut implements HttpAuthenticationMechanism {

    @Inject
    @Delegate
    @Any
    HttpAuthenticationMechanism delegate;

    @Inject
    OpenIdContext openId;

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        // read before the mechanism ends the session that holds them
        String next = request.getSession(false) == null
                ? ProviderSignOutAddress.of(request, null, null)
                : ProviderSignOutAddress.of(request, openId.getProviderMetadata(), idToken());
        delegate.cleanSubject(request, new RedirectHeldBack(response), context);
        if (!response.isCommitted()) {
            try {
                response.sendRedirect(next);
            } catch (IOException clientGone) {
                throw new UncheckedIOException(clientGone);
            }
        }
    }

    private String idToken() {
        IdentityToken token = openId.getIdentityToken();
        return token == null ? null : token.getToken();
    }

    /** The response as the mechanism sees it: everything passes but its redirect, which is replaced. */
    private static final class RedirectHeldBack extends HttpServletResponseWrapper {

        RedirectHeldBack(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void sendRedirect(String location) {
            // the browser's next address is chosen after the mechanism returns
        }
    }
}
