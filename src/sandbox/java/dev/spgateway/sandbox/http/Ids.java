package dev.spgateway.sandbox.http;

import java.security.SecureRandom;

/** Random identifiers in the alphabets Amazon and AWS use for them. */
public final class Ids {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String UPPER_ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    private static final String ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final String SECRET = ALNUM + "+/";

    private Ids() {
    }

    public static String upperAlnum(int length) {
        return pick(UPPER_ALNUM, length);
    }

    public static String alnum(int length) {
        return pick(ALNUM, length);
    }

    public static String secret(int length) {
        return pick(SECRET, length);
    }

    public static String digits(int length) {
        return pick("0123456789", length);
    }

    public static String hex(int length) {
        return pick("0123456789abcdef", length);
    }

    private static String pick(String alphabet, int length) {
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            out.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        }
        return out.toString();
    }
}
