package dev.spgateway.api.boundary;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * A part of the application that answers its own failed requests in its own way, where an API envelope
 * would not do. The error page asks each one before it answers with an envelope; each claims its own paths.
 */
public interface ErrorResponder {

    /**
     * Answers the failed request when it is this part's; the request carries the container's
     * {@code jakarta.servlet.error.*} attributes.
     *
     * @return true when the request was this part's and has been answered
     */
    boolean answer(HttpServletRequest request, HttpServletResponse response) throws IOException;
}
