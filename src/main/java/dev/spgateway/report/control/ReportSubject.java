package dev.spgateway.report.control;

import dev.spgateway.amazon.control.SpApiCredentials;
import java.util.List;
import java.util.function.Supplier;

/**
 * The store a report is for: its id, the marketplaces the report covers, and its credentials, read (and
 * decrypted) only when Amazon must be asked, which a cached report never needs.
 */
public final class ReportSubject {

    private final String storeId;
    private final Supplier<SpApiCredentials> credentialsSource;
    private final List<String> marketplaceIds;
    private SpApiCredentials credentials;

    public ReportSubject(String storeId, Supplier<SpApiCredentials> credentials, List<String> marketplaceIds) {
        this.storeId = storeId;
        this.credentialsSource = credentials;
        this.marketplaceIds = marketplaceIds.stream().sorted().toList();
    }

    public String storeId() {
        return storeId;
    }

    public List<String> marketplaceIds() {
        return marketplaceIds;
    }

    public synchronized SpApiCredentials credentials() {
        if (credentials == null) {
            credentials = credentialsSource.get();
        }
        return credentials;
    }
}
