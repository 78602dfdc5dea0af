package dev.spgateway.sandbox.spapi;

/** One SP-API operation's behaviour once the call is authenticated and within its usage plan. */
@FunctionalInterface
public interface SpApiHandler {

    ApiResponse handle(SpApiCall call) throws ApiError;
}
