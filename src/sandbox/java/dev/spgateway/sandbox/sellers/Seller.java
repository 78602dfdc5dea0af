package dev.spgateway.sandbox.sellers;

import dev.spgateway.sandbox.listings.CatalogSettings;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** A selling partner and the knobs tests turn for it. */
public final class Seller {

    private final String sellerId;
    private final List<Marketplace> marketplaces;
    private final Instant registeredAt;
    private volatile boolean legacyIam;
    private volatile Duration inQueue = Duration.ofSeconds(5);
    private volatile Duration inProgress = Duration.ofSeconds(15);
    private volatile CatalogSettings catalog = CatalogSettings.defaults();
    private volatile byte[] listingsFile;
    private volatile String listingsFileContentType;
    private volatile int orderCount = 25;
    private volatile int orderBookSize = 3000;
    private volatile boolean buyerDataDenied;
    private final AtomicInteger fatalReports = new AtomicInteger();

    Seller(String sellerId, List<Marketplace> marketplaces, Instant registeredAt) {
        this.sellerId = sellerId;
        this.marketplaces = List.copyOf(marketplaces);
        this.registeredAt = registeredAt;
    }

    public String sellerId() {
        return sellerId;
    }

    public List<Marketplace> marketplaces() {
        return marketplaces;
    }

    public Instant registeredAt() {
        return registeredAt;
    }

    public boolean legacyIam() {
        return legacyIam;
    }

    public void legacyIam(boolean value) {
        legacyIam = value;
    }

    public Duration inQueue() {
        return inQueue;
    }

    public Duration inProgress() {
        return inProgress;
    }

    public void reportDurations(Duration queued, Duration processing) {
        inQueue = queued;
        inProgress = processing;
    }

    public CatalogSettings catalog() {
        return catalog;
    }

    public void catalog(CatalogSettings settings) {
        catalog = settings;
    }

    public byte[] listingsFile() {
        return listingsFile;
    }

    public String listingsFileContentType() {
        return listingsFileContentType;
    }

    public void listingsFile(byte[] bytes, String contentType) {
        listingsFile = bytes == null ? null : bytes.clone();
        listingsFileContentType = contentType;
    }

    public int orderCount() {
        return orderCount;
    }

    public void orderCount(int count) {
        orderCount = count;
    }

    /** Orders API 2026-01-01: orders placed over the 90 days before registration, at the same pace after it. */
    public int orderBookSize() {
        return orderBookSize;
    }

    public void orderBookSize(int size) {
        orderBookSize = size;
    }

    /** Whether Orders API 2026-01-01 answers 403 for every call of this seller by an app without the roles. */
    public boolean buyerDataDenied() {
        return buyerDataDenied;
    }

    public void buyerDataDenied(boolean denied) {
        buyerDataDenied = denied;
    }

    public void failNextReports(int count) {
        fatalReports.addAndGet(count);
    }

    /** Takes one scripted FATAL, if any is left. */
    public boolean takeFatal() {
        return fatalReports.getAndUpdate(n -> Math.max(0, n - 1)) > 0;
    }

    public boolean sellsIn(String marketplaceId) {
        return marketplaces.stream().anyMatch(m -> m.id().equals(marketplaceId));
    }
}
