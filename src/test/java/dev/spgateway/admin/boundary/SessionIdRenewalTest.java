package dev.spgateway.admin.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The session id changes once at sign-in: by the container, or else by the first console request after it. */
class SessionIdRenewalTest {

    private final Map<String, Object> attributes = new HashMap<>();
    private final AtomicReference<String> id = new AtomicReference<>("before-sign-in");
    private final AtomicInteger changes = new AtomicInteger();

    @Test
    void theIdChangesWhenTheContainerLeftItAsItWas() throws Exception {
        SessionIdRenewal.signedIn(request());

        new SessionIdRenewal().doFilter(request(), null, (request, response) -> { });

        assertEquals(1, changes.get());
        assertNull(attributes.get(SessionIdRenewal.SIGNED_IN_WITH), "once");
        new SessionIdRenewal().doFilter(request(), null, (request, response) -> { });
        assertEquals(1, changes.get());
    }

    @Test
    void aContainerThatChangedItAlreadyIsNotSecondGuessed() throws Exception {
        SessionIdRenewal.signedIn(request());
        id.set("changed-by-the-container");

        new SessionIdRenewal().doFilter(request(), null, (request, response) -> { });

        assertEquals(0, changes.get());
        assertNull(attributes.get(SessionIdRenewal.SIGNED_IN_WITH));
    }

    private HttpServletRequest request() {
        HttpSession session = (HttpSession) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {HttpSession.class}, (self, method, args) -> switch (method.getName()) {
                    case "getId" -> id.get();
                    case "getAttribute" -> attributes.get((String) args[0]);
                    case "setAttribute" -> attributes.put((String) args[0], args[1]);
                    case "removeAttribute" -> attributes.remove((String) args[0]);
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        return (HttpServletRequest) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (self, method, args) -> switch (method.getName()) {
                    case "getSession" -> session;
                    case "changeSessionId" -> {
                        changes.incrementAndGet();
                        id.set("renewed-" + changes.get());
                        yield id.get();
                    }
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
