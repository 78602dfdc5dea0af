package dev.spgateway.api.control;

import dev.spgateway.platform.control.RemoteFailure;

/**
 * The one place where a remote service's failure becomes an API2Cart code: 110 for throttling that
 * outlasted the retries, 100 for the rest of what the service answered or failed to answer, with a hint to
 * retry where waiting helps. Anything else is no failure of the service's and passes unchanged, so that it
 * is reported as the gateway's own failure, never with its raw text.
 */
public final class RemoteFailures {

    private RemoteFailures() {
    }

    /** The API2Cart error for a remote service's failure, or the failure itself when it is not one. */
    public static RuntimeException toApi(RuntimeException failure) {
        if (failure instanceof RemoteFailure remote) {
            return toApi(remote);
        }
        return failure;
    }

    /** The API2Cart error for a remote service's failure, in the service's words. */
    public static ApiException toApi(RemoteFailure failure) {
        return toApi(failure, failure.description() + retryHint(failure.kind()));
    }

    /** The failure's code with an explanation of the caller's own, for a failure the caller understands better. */
    public static ApiException toApi(RemoteFailure failure, String explanation) {
        return new ApiException(code(failure.kind()), explanation);
    }

    static ReturnCode code(RemoteFailure.Kind kind) {
        return switch (kind) {
            case THROTTLED -> ReturnCode.TOO_MANY_REQUESTS_TO_STORE;
            case UNAVAILABLE, REFUSED, CREDENTIALS_REJECTED -> ReturnCode.STORE_API_ERROR;
        };
    }

    private static String retryHint(RemoteFailure.Kind kind) {
        return switch (kind) {
            case THROTTLED, UNAVAILABLE -> "; try again later";
            case REFUSED, CREDENTIALS_REJECTED -> "";
        };
    }
}
