package dev.spgateway.api.control;

/** Return code 1 and what the client should do about it. */
public final class ApiUnavailable {

    private ApiUnavailable() {
    }

    public static ApiException database() {
        return new ApiException(ReturnCode.SERVICE_UNAVAILABLE,
                "Service unavailable: the gateway's database cannot be reached; try again in a few seconds");
    }
}
