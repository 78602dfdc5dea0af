package dev.spgateway.amazon.control;

import dev.spgateway.api.control.ApiException;
import dev.spgateway.api.control.ReturnCode;

/**
 * Amazon's refusals as API2Cart codes: 110 for throttling that outlasted the retries, 100 for the rest of
 * what Amazon answered or failed to answer. Anything else is no refusal of Amazon's and passes unchanged,
 * so that it is reported as the gateway's own failure, never with its raw text.
 */
public final class AmazonErrors {

    private AmazonErrors() {
    }

    /** The API2Cart error for Amazon's failure, or the failure itself when it is not Amazon's. */
    public static RuntimeException toApi(RuntimeException failure) {
        if (failure instanceof SpApiFailure spApi) {
            if (spApi.isThrottled()) {
                return new ApiException(ReturnCode.TOO_MANY_REQUESTS_TO_STORE,
                        "Amazon throttled the request (" + spApi.code() + "): " + spApi.getMessage()
                                + "; try again later");
            }
            return new ApiException(ReturnCode.STORE_API_ERROR,
                    "Amazon SP-API error " + spApi.code() + ": " + spApi.getMessage());
        }
        if (failure instanceof LwaFailure lwa) {
            return new ApiException(ReturnCode.STORE_API_ERROR,
                    "Login with Amazon refused the store's credentials (" + lwa.error() + "): " + lwa.getMessage());
        }
        if (failure instanceof StsFailure sts) {
            return new ApiException(ReturnCode.STORE_API_ERROR,
                    "AWS STS refused AssumeRole (" + sts.code() + "): " + sts.getMessage());
        }
        if (failure instanceof SpApiUnavailable || failure instanceof LwaUnavailable
                || failure instanceof Reports.DocumentExpired) {
            return new ApiException(ReturnCode.STORE_API_ERROR, failure.getMessage() + "; try again later");
        }
        return failure;
    }
}
