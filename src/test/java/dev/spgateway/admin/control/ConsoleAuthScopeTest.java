package dev.spgateway.admin.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.security.auth.message.AuthStatus;
import jakarta.security.auth.message.MessageInfo;
import jakarta.security.auth.message.config.AuthConfigProvider;
import jakarta.security.auth.message.config.ServerAuthConfig;
import jakarta.security.auth.message.config.ServerAuthContext;
import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.security.auth.Subject;
import org.junit.jupiter.api.Test;

/** The sign-in module sees the console, its callback and protected resources; the API never reaches it. */
class ConsoleAuthScopeTest {

    private final List<String> calls = new ArrayList<>();
    private final ServerAuthContext scoped = scopedContext();

    @Test
    void anApiCallGoesOnAsAnAnonymousCallerWithoutTheModule() throws Exception {
        Message call = new Message("/v1.1", "/cart.methods.json", false);

        assertEquals(AuthStatus.SUCCESS, scoped.validateRequest(call, new Subject(), null));
        assertEquals(AuthStatus.SEND_SUCCESS, scoped.secureResponse(call, null));
        assertEquals(List.of(), calls);
    }

    @Test
    void theConsoleAndTheSignInCallbackGoThroughTheModule() throws Exception {
        for (Message call : List.of(new Message("/admin", "/api/stores", true),
                new Message("/admin/assets/console.css", null, false), new Message("/callback", null, false))) {
            assertEquals(AuthStatus.SEND_CONTINUE, scoped.validateRequest(call, new Subject(), null));
            assertEquals(AuthStatus.SEND_SUCCESS, scoped.secureResponse(call, null));
        }
        assertEquals(List.of("validate", "secure", "validate", "secure", "validate", "secure"), calls);
    }

    @Test
    void whateverTheContainerProtectsGoesThroughTheModuleWhateverItsPath() throws Exception {
        Message odd = new Message("/%61dmin", null, true);

        assertEquals(AuthStatus.SEND_CONTINUE, scoped.validateRequest(odd, new Subject(), null));
        scoped.cleanSubject(new Message("/v1.1", "/cart.info.json", false), new Subject());
        assertEquals(List.of("validate", "clean"), calls);
    }

    private ServerAuthContext scopedContext() {
        ServerAuthContext module = proxy(ServerAuthContext.class, (method, args) -> switch (method) {
            case "validateRequest" -> record("validate", AuthStatus.SEND_CONTINUE);
            case "secureResponse" -> record("secure", AuthStatus.SEND_SUCCESS);
            case "cleanSubject" -> record("clean", null);
            default -> throw new UnsupportedOperationException(method);
        });
        ServerAuthConfig config = proxy(ServerAuthConfig.class, (method, args) -> module);
        AuthConfigProvider registered = proxy(AuthConfigProvider.class, (method, args) -> config);
        try {
            return new ConsoleAuthScope(registered).getServerAuthConfig("HttpServlet", "server /", null)
                    .getAuthContext("id", null, Map.of());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private Object record(String call, Object answer) {
        calls.add(call);
        return answer;
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, java.util.function.BiFunction<String, Object[], Object> answer) {
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                (self, method, args) -> answer.apply(method.getName(), args));
    }

    /** A request as the Servlet Container Profile hands it over: paths, and whether it is protected. */
    private static final class Message implements MessageInfo {

        private final HttpServletRequest request;
        private final Map<Object, Object> map = new HashMap<>();

        Message(String servletPath, String pathInfo, boolean mandatory) {
            request = proxy(HttpServletRequest.class, (method, args) -> switch (method) {
                case "getServletPath" -> servletPath;
                case "getPathInfo" -> pathInfo;
                default -> null;
            });
            if (mandatory) {
                map.put(ConsoleAuthScope.MANDATORY, "true");
            }
        }

        @Override
        public Object getRequestMessage() {
            return request;
        }

        @Override
        public Object getResponseMessage() {
            return null;
        }

        @Override
        public void setRequestMessage(Object request) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void setResponseMessage(Object response) {
            throw new UnsupportedOperationException();
        }

        @Override
        @SuppressWarnings("rawtypes")
        public Map getMap() {
            return map;
        }
    }
}
