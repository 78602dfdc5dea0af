package dev.spgateway.amazon.control;

import java.util.Arrays;
import java.util.Optional;

/**
 * Amazon's three SP-API selling regions. A store names its region by the AWS region of the endpoint, as
 * Amazon's own documentation does.
 */
public enum SellingRegion {
    NORTH_AMERICA("na", "us-east-1", "North America"),
    EUROPE("eu", "eu-west-1", "Europe"),
    FAR_EAST("fe", "us-west-2", "Far East");

    private final String code;
    private final String awsRegion;
    private final String displayName;

    SellingRegion(String code, String awsRegion, String displayName) {
        this.code = code;
        this.awsRegion = awsRegion;
        this.displayName = displayName;
    }

    public static Optional<SellingRegion> ofAwsRegion(String awsRegion) {
        return Arrays.stream(values()).filter(region -> region.awsRegion.equals(awsRegion)).findFirst();
    }

    /** "North America us-east-1, Europe eu-west-1, Far East us-west-2": for messages that must teach. */
    public static String table() {
        return String.join(", ", Arrays.stream(values()).map(r -> r.displayName + " " + r.awsRegion).toList());
    }

    /** Short code used in configuration keys: {@code spgateway.spapi.na.url}. */
    public String code() {
        return code;
    }

    public String awsRegion() {
        return awsRegion;
    }

    public String displayName() {
        return displayName;
    }
}
