package dev.spgateway.sandbox.spapi;

import dev.spgateway.sandbox.lwa.Grant;

import java.util.List;
import java.util.regex.Pattern;

/** The restricted operations an RDT can be asked for, and whether an RDT's resource covers a request. */
public final class RestrictedPaths {

    /** Paths of restricted operations among those the sandbox serves, with {orderId} as Amazon allows it. */
    private static final List<Pattern> RESTRICTED = List.of(
            Pattern.compile("/orders/v0/orders"),
            Pattern.compile("/orders/v0/orders/[^/]+"),
            Pattern.compile("/orders/v0/orders/[^/]+/orderItems"),
            Pattern.compile("/orders/v0/orders/[^/]+/address"),
            Pattern.compile("/orders/v0/orders/[^/]+/buyerInfo"),
            Pattern.compile("/orders/v0/orders/[^/]+/orderItems/buyerInfo"));

    private RestrictedPaths() {
    }

    public static boolean isRestricted(String path) {
        return RESTRICTED.stream().anyMatch(p -> p.matcher(path).matches());
    }

    static boolean covers(Grant.RestrictedResource resource, String method, String path) {
        if (!resource.method().equals(method)) {
            return false;
        }
        String regex = Pattern.quote(resource.path()).replace("{orderId}", "\\E[^/]+\\Q");
        return path.matches(regex);
    }
}
