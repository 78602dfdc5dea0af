package dev.spgateway.authorization.control;

import dev.spgateway.api.control.ApiException;
import dev.spgateway.authorization.entity.AuthorizationRequest;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Where a seller's browser may be sent: back to the integrator only under a configured prefix (no open
 * redirect), and on to Amazon's Appstore callback only on an Amazon host over https (or an origin the
 * configuration adds, such as a local sandbox). Every refusal is a 109 naming the parameter.
 */
public final class AuthorizationRules {

    public static final String RETURN_URL = "return_url";
    public static final String CALLBACK_URI = "amazon_callback_uri";

    /** Amazon's retail domains: the marketplaces' Seller Central and Appstore hosts live under them. */
    private static final Pattern AMAZON_HOST = Pattern.compile("([a-z0-9-]+\\.)*amazon\\.(com|ca|com\\.mx|com\\.br"
            + "|co\\.uk|de|fr|it|es|nl|se|pl|com\\.be|com\\.tr|ae|sa|eg|in|co\\.za|co\\.jp|com\\.au|sg)");

    private AuthorizationRules() {
    }

    /** A return URL's form, checked before the configuration is consulted: absolute http(s), no fragment. */
    public static String returnUrlShape(String value) {
        URI uri = absolute(RETURN_URL, value);
        if (uri.getRawFragment() != null) {
            throw ApiException.incorrect(RETURN_URL, "must not have a fragment (#…): the status is added to its query");
        }
        return value;
    }

    /** An Appstore callback's form: absolute http(s); its host is checked against the configuration later. */
    public static String callbackUriShape(String value) {
        absolute(CALLBACK_URI, value);
        return value;
    }

    /** The return URL, when it is an absolute http(s) URL under one of the allowed prefixes. */
    public static String returnUrl(String value, List<String> allowedPrefixes) {
        returnUrlShape(value);
        if (allowedPrefixes.stream().noneMatch(prefix -> under(value, prefix))) {
            throw ApiException.incorrect(RETURN_URL,
                    "must start with one of the prefixes in spgateway.oauth.return-urls");
        }
        return value;
    }

    /** Amazon's Appstore callback: https on an Amazon host, or under an origin the configuration adds. */
    public static String amazonCallbackUri(String value, List<String> extraOrigins) {
        URI uri = absolute(CALLBACK_URI, value);
        if (extraOrigins.stream().anyMatch(origin -> under(value, origin))) {
            return value;
        }
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        boolean defaultPort = uri.getPort() == -1 || uri.getPort() == 443;
        if (!"https".equals(uri.getScheme()) || !defaultPort || !AMAZON_HOST.matcher(host).matches()) {
            throw ApiException.incorrect(CALLBACK_URI, "must be an https URL on an Amazon host, as Amazon sent it to"
                    + " the application's login URI");
        }
        return value;
    }

    /**
     * True when {@code url} is {@code prefix} or continues it at a boundary: a prefix that is a bare origin
     * ("https://shop.example") does not admit "https://shop.example.evil".
     */
    static boolean under(String url, String prefix) {
        if (prefix.isEmpty() || !url.startsWith(prefix)) {
            return false;
        }
        if (url.length() == prefix.length() || prefix.endsWith("/") || prefix.endsWith("?") || prefix.endsWith("&")) {
            return true;
        }
        char next = url.charAt(prefix.length());
        return next == '/' || next == '?';
    }

    private static URI absolute(String name, String value) {
        if (value.length() > AuthorizationRequest.MAX_RETURN_URL_LENGTH) {
            throw ApiException.incorrect(name, "at most " + AuthorizationRequest.MAX_RETURN_URL_LENGTH + " characters");
        }
        URI uri;
        try {
            uri = new URI(value);
        } catch (URISyntaxException e) {
            throw ApiException.incorrect(name, "is not a URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute() || !(scheme.equals("https") || scheme.equals("http")) || uri.getHost() == null) {
            throw ApiException.incorrect(name, "must be an absolute http(s) URL with a host");
        }
        if (uri.getRawUserInfo() != null) {
            throw ApiException.incorrect(name, "must not carry a user name or password");
        }
        return uri;
    }
}
