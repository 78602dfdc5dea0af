package dev.spgateway.admin.control;

import jakarta.security.auth.message.AuthException;
import jakarta.security.auth.message.AuthStatus;
import jakarta.security.auth.message.MessageInfo;
import jakarta.security.auth.message.config.AuthConfigProvider;
import jakarta.security.auth.message.config.ClientAuthConfig;
import jakarta.security.auth.message.config.ServerAuthConfig;
import jakarta.security.auth.message.config.ServerAuthContext;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import javax.security.auth.Subject;
import javax.security.auth.callback.CallbackHandler;

/**
 * Jakarta Authentication calls an application's authentication module for every request, protected or not:
 * the console's OpenID Connect bridge would run (and look up its CDI beans) on each API call too. This
 * provider wraps the registered one and lets its module see only what needs it: the console's paths, the
 * sign-in callback, and whatever the container declares protected. Every other request goes on as an
 * anonymous caller, exactly as the module itself would have let it (the API has its own keys).
 */
public final class ConsoleAuthScope implements AuthConfigProvider {

    /** The Servlet Container Profile's key for "this resource has an auth-constraint". */
    static final String MANDATORY = "jakarta.security.auth.message.MessagePolicy.isMandatory";
    private static final String DELEGATED = ConsoleAuthScope.class.getName() + ".delegated";

    private final AuthConfigProvider delegate;

    public ConsoleAuthScope(AuthConfigProvider delegate) {
        this.delegate = delegate;
    }

    /** True for requests the sign-in mechanism must see; false for the API, health, metrics and OpenAPI. */
    public static boolean needsMechanism(MessageInfo message) {
        if ("true".equals(String.valueOf(message.getMap().get(MANDATORY)))) {
            return true;
        }
        return message.getRequestMessage() instanceof HttpServletRequest request
                && AdminPaths.isConsole(pathOf(request));
    }

    /** The container's decoded, normalised path below the context root. */
    static String pathOf(HttpServletRequest request) {
        String servletPath = request.getServletPath() == null ? "" : request.getServletPath();
        String pathInfo = request.getPathInfo();
        return pathInfo == null ? servletPath : servletPath + pathInfo;
    }

    @Override
    public ServerAuthConfig getServerAuthConfig(String layer, String appContext, CallbackHandler handler)
            throws AuthException {
        ServerAuthConfig config = delegate.getServerAuthConfig(layer, appContext, handler);
        return config == null ? null : new ScopedConfig(config);
    }

    @Override
    public ClientAuthConfig getClientAuthConfig(String layer, String appContext, CallbackHandler handler)
            throws AuthException {
        return delegate.getClientAuthConfig(layer, appContext, handler);
    }

    @Override
    public void refresh() {
        delegate.refresh();
    }

    private record ScopedConfig(ServerAuthConfig config) implements ServerAuthConfig {

        @Override
        @SuppressWarnings("rawtypes")
        public ServerAuthContext getAuthContext(String authContextId, Subject serviceSubject, Map properties)
                throws AuthException {
            ServerAuthContext context = config.getAuthContext(authContextId, serviceSubject, properties);
            return context == null ? null : new ScopedContext(context);
        }

        @Override
        public String getMessageLayer() {
            return config.getMessageLayer();
        }

        @Override
        public String getAppContext() {
            return config.getAppContext();
        }

        @Override
        public String getAuthContextID(MessageInfo messageInfo) {
            return config.getAuthContextID(messageInfo);
        }

        @Override
        public void refresh() {
            config.refresh();
        }

        @Override
        public boolean isProtected() {
            return config.isProtected();
        }
    }

    private record ScopedContext(ServerAuthContext context) implements ServerAuthContext {

        @Override
        @SuppressWarnings("unchecked")
        public AuthStatus validateRequest(MessageInfo message, Subject client, Subject service) throws AuthException {
            if (!needsMechanism(message)) {
                return AuthStatus.SUCCESS;
            }
            message.getMap().put(DELEGATED, Boolean.TRUE);
            return context.validateRequest(message, client, service);
        }

        @Override
        public AuthStatus secureResponse(MessageInfo message, Subject service) throws AuthException {
            return Boolean.TRUE.equals(message.getMap().get(DELEGATED))
                    ? context.secureResponse(message, service) : AuthStatus.SEND_SUCCESS;
        }

        @Override
        public void cleanSubject(MessageInfo message, Subject subject) throws AuthException {
            context.cleanSubject(message, subject);
        }
    }
}
