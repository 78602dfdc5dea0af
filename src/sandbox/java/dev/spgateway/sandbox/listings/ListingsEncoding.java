package dev.spgateway.sandbox.listings;

import java.nio.charset.Charset;

/** How a listings document is encoded, with the Content-Type Amazon's document host sends for it. */
public enum ListingsEncoding {
    /** NA and EU marketplaces. */
    CP1252("windows-1252", "text/plain;charset=Cp1252", false),
    /** Amazon.co.jp; Japanese column headers. */
    WINDOWS_31J("windows-31j", "text/plain;charset=windows-31j", false),
    /** UTF-8 led by a byte order mark, as some sellers' exports come. */
    UTF8_BOM("UTF-8", "text/plain;charset=UTF-8", true),
    UTF8("UTF-8", "text/plain;charset=UTF-8", false);

    private final String charsetName;
    private final String contentType;
    private final boolean bom;

    ListingsEncoding(String charsetName, String contentType, boolean bom) {
        this.charsetName = charsetName;
        this.contentType = contentType;
        this.bom = bom;
    }

    public Charset charset() {
        return Charset.forName(charsetName);
    }

    public String contentType() {
        return contentType;
    }

    public boolean bom() {
        return bom;
    }
}
