package dev.spgateway.report.control;

import dev.spgateway.amazon.control.SpApiCredentials;
import java.util.List;

/** The store a report is for: its id, its credentials and the marketplaces the report covers. */
public record ReportSubject(String storeId, SpApiCredentials credentials, List<String> marketplaceIds) {

    public ReportSubject {
        marketplaceIds = marketplaceIds.stream().sorted().toList();
    }
}
