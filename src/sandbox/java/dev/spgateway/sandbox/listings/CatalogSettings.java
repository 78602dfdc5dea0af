package dev.spgateway.sandbox.listings;

/**
 * A seller's generated catalog. encoding null means the marketplace's own (Cp1252, or windows-31j for JP);
 * gzip makes the report document GZIP-compressed.
 */
public record CatalogSettings(long size, long seed, ListingsEncoding encoding, boolean gzip) {

    public static CatalogSettings defaults() {
        return new CatalogSettings(250, 42L, null, false);
    }

    public CatalogSettings withSize(long newSize) {
        return new CatalogSettings(newSize, seed, encoding, gzip);
    }

    public CatalogSettings withSeed(long newSeed) {
        return new CatalogSettings(size, newSeed, encoding, gzip);
    }

    public CatalogSettings withEncoding(ListingsEncoding newEncoding) {
        return new CatalogSettings(size, seed, newEncoding, gzip);
    }

    public CatalogSettings withGzip(boolean newGzip) {
        return new CatalogSettings(size, seed, encoding, newGzip);
    }
}
