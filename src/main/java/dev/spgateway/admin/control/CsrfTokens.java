package dev.spgateway.admin.control;

import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * One random token per console session. The page receives it from {@code /admin/api/session} and sends it
 * back in a header with every state-changing call; another site can make the browser send the session cookie,
 * but it cannot read the token.
 */
public final class CsrfTokens {

    public static final String HEADER = "X-CSRF-Token";
    public static final String FORM_FIELD = "csrf";
    static final String ATTRIBUTE = CsrfTokens.class.getName();
    private static final SecureRandom RANDOM = new SecureRandom();

    private CsrfTokens() {
    }

    public static String tokenFor(HttpSession session) {
        synchronized (session) {
            Object token = session.getAttribute(ATTRIBUTE);
            if (token instanceof String existing) {
                return existing;
            }
            byte[] bytes = new byte[32];
            RANDOM.nextBytes(bytes);
            String fresh = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            session.setAttribute(ATTRIBUTE, fresh);
            return fresh;
        }
    }

    /** False without a session, without a token, or with another token; compared in constant time. */
    public static boolean isValid(HttpSession session, String presented) {
        if (session == null || presented == null || presented.isEmpty()) {
            return false;
        }
        Object expected = session.getAttribute(ATTRIBUTE);
        return expected instanceof String token && MessageDigest.isEqual(
                token.getBytes(StandardCharsets.US_ASCII), presented.getBytes(StandardCharsets.US_ASCII));
    }

    public static boolean isStateChanging(String httpMethod) {
        return !("GET".equals(httpMethod) || "HEAD".equals(httpMethod) || "OPTIONS".equals(httpMethod));
    }
}
