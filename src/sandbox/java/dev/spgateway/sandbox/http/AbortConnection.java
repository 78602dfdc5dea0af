package dev.spgateway.sandbox.http;

import java.io.IOException;

/**
 * Thrown by a handler to drop the connection mid-answer, as a host that fails does: the HTTP server closes
 * the socket without finishing the body, so the client sees the body end early.
 */
public class AbortConnection extends IOException {

    private static final long serialVersionUID = 1L;

    public AbortConnection(String reason) {
        super(reason);
    }
}
