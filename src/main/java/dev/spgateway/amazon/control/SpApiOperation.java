package dev.spgateway.amazon.control;

/**
 * The SP-API operations the gateway calls, with the default usage plan Amazon's models document for each
 * (requests per second, burst). Amazon may grant a seller more; the {@code x-amzn-RateLimit-Limit} header
 * of each answer adjusts the rate.
 */
public enum SpApiOperation {
    GET_MARKETPLACE_PARTICIPATIONS("getMarketplaceParticipations", 0.016, 15),
    CREATE_REPORT("createReport", 0.0167, 15),
    GET_REPORT("getReport", 2.0, 15),
    GET_REPORT_DOCUMENT("getReportDocument", 0.0167, 15),
    SEARCH_ORDERS("searchOrders", 0.0056, 20),
    GET_ORDER("getOrder", 0.5, 30);

    private final String operationId;
    private final double rate;
    private final int burst;

    SpApiOperation(String operationId, double rate, int burst) {
        this.operationId = operationId;
        this.rate = rate;
        this.burst = burst;
    }

    public String operationId() {
        return operationId;
    }

    public double defaultRate() {
        return rate;
    }

    public int defaultBurst() {
        return burst;
    }
}
