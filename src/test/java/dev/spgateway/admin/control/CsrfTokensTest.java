package dev.spgateway.admin.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.http.HttpSession;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CsrfTokensTest {

    @Test
    void aSessionKeepsOneTokenThatOnlyItAccepts() {
        HttpSession session = session();
        HttpSession other = session();

        String token = CsrfTokens.tokenFor(session);

        assertEquals(token, CsrfTokens.tokenFor(session));
        assertTrue(token.length() >= 40);
        assertTrue(CsrfTokens.isValid(session, token));
        assertNotEquals(token, CsrfTokens.tokenFor(other));
        assertFalse(CsrfTokens.isValid(other, token));
    }

    @Test
    void missingWrongOrSessionlessTokensAreRefused() {
        HttpSession session = session();
        String token = CsrfTokens.tokenFor(session);

        assertFalse(CsrfTokens.isValid(session, null));
        assertFalse(CsrfTokens.isValid(session, ""));
        assertFalse(CsrfTokens.isValid(session, token.substring(1)));
        assertFalse(CsrfTokens.isValid(null, token));
        assertFalse(CsrfTokens.isValid(session(), token));
    }

    @Test
    void onlyReadingMethodsGoWithoutAToken() {
        assertFalse(CsrfTokens.isStateChanging("GET"));
        assertFalse(CsrfTokens.isStateChanging("HEAD"));
        assertFalse(CsrfTokens.isStateChanging("OPTIONS"));
        assertTrue(CsrfTokens.isStateChanging("POST"));
        assertTrue(CsrfTokens.isStateChanging("PUT"));
        assertTrue(CsrfTokens.isStateChanging("DELETE"));
        assertTrue(CsrfTokens.isStateChanging("PATCH"));
    }

    /** An HttpSession that only keeps attributes. */
    private static HttpSession session() {
        Map<String, Object> attributes = new HashMap<>();
        return (HttpSession) Proxy.newProxyInstance(CsrfTokensTest.class.getClassLoader(),
                new Class<?>[] {HttpSession.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getAttribute" -> attributes.get((String) args[0]);
                    case "setAttribute" -> attributes.put((String) args[0], args[1]);
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    default -> null;
                });
    }
}
