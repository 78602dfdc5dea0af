package dev.spgateway.report.control;

import java.io.IOException;

/** A document stopped handing on data for longer than the idle timeout allows. */
public class IdleReadTimeout extends IOException {

    private static final long serialVersionUID = 1L;

    public IdleReadTimeout(String message) {
        super(message);
    }
}
