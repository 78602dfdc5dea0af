package dev.spgateway.report.control;

import java.util.List;

/**
 * Receives a listings document as it is parsed, without a String per field. Calls come from one thread:
 * {@link #columns} once, then per row the fields in slot order (slots with no field are empty) and
 * {@link #endRow}.
 */
public interface ListingSink {

    /** The document's known columns in document order; a field's slot is its column's index here. */
    void columns(List<ListingColumn> columns);

    /** A field's text; the array is reused after the call returns. */
    void field(int slot, char[] chars, int offset, int length);

    void endRow();
}
