package dev.spgateway.api.boundary;

import dev.spgateway.api.control.Envelope;
import dev.spgateway.api.control.EnvelopeJson;
import dev.spgateway.api.control.ReturnCode;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The web container's error page: whatever fails before or around JAX-RS (an unknown path, a request the
 * container rejects, an exception in a filter) still answers with an envelope and HTTP 200.
 */
@WebServlet(name = "error-page", urlPatterns = "/error")
public class ErrorPageServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient UnexpectedFailures failures;

    @Inject
    transient Instance<ErrorResponder> responders;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        // parts that answer people rather than API clients answer their own paths in their own way
        for (ErrorResponder responder : responders) {
            if (responder.answer(request, response)) {
                return;
            }
        }
        Envelope envelope = envelopeFor(request);
        response.reset();
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        EnvelopeJson.write(envelope, response.getOutputStream());
    }

    private Envelope envelopeFor(HttpServletRequest request) {
        Object exception = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        if (exception instanceof Throwable throwable) {
            return failures.report(throwable);
        }
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int code = status instanceof Integer value ? value : HttpServletResponse.SC_NOT_FOUND;
        if (code == HttpServletResponse.SC_NOT_FOUND || status == null) {
            return Envelope.failure(ReturnCode.METHOD_NOT_FOUND,
                    "Method not found: call /v1.1/{method}.json, for example /v1.1/cart.methods.json");
        }
        if (code >= 400 && code < 500) {
            return Envelope.failure(ReturnCode.INCORRECT_PARAMETER, "Malformed request (HTTP " + code + ")");
        }
        return Envelope.failure(ReturnCode.SERVICE_UNAVAILABLE, "Service unavailable (HTTP " + code + ")");
    }
}
