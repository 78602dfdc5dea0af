package dev.spgateway.report.control;

import java.io.IOException;

/** The document is not a listings report (or is in another charset than it was read with). */
public class ListingsFormatException extends IOException {

    public ListingsFormatException(String message) {
        super(message);
    }

    public ListingsFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
