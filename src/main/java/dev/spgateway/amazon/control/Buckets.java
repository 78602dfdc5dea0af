package dev.spgateway.amazon.control;

import java.time.Duration;

/**
 * Where the token buckets of the usage plans live: in this instance's memory ({@link LocalBuckets}) or, for
 * several instances on one PostgreSQL database, in a table all of them take tokens from ({@link SharedBuckets}).
 * A bucket is named by the seller's usage-plan key and the operation.
 */
interface Buckets {

    /** Takes a token, or reserves the next one: how long the caller waits for it (zero: go). */
    Duration take(String sellerKey, SpApiOperation operation);

    /** Returns a token reserved by a caller that will not wait for it. */
    void giveBack(String sellerKey, SpApiOperation operation);

    void adjustRate(String sellerKey, SpApiOperation operation, double rate);

    void throttled(String sellerKey, SpApiOperation operation);

    void answered(String sellerKey, SpApiOperation operation);

    double rate(String sellerKey, SpApiOperation operation);

    /** Tokens in the bucket now, refilled to this moment, without taking one. */
    double available(String sellerKey, SpApiOperation operation);
}
