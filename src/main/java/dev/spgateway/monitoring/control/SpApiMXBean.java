package dev.spgateway.monitoring.control;

import java.util.Map;

/** {@code spgateway:type=SpApi}: this instance's SP-API traffic and the stores' connection states. */
public interface SpApiMXBean {

    /** Calls per SP-API operation since start, retries included. */
    Map<String, Long> getCallsPerOperation();

    /** Amazon's 429 answers per operation since start. */
    Map<String, Long> getThrottlesPerOperation();

    long getCalls();

    long getThrottles();

    /** Stores per connection state: verified, unverified, error. */
    Map<String, Integer> getStoresPerState();

    /** Checks a store's credentials live again, by store id or store key; answers the outcome. */
    String recheckStore(String storeIdOrKey);
}
