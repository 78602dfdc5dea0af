package dev.spgateway.monitoring.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * {@code /monitoring/metrics}: the gateway's metrics in Prometheus text, the same on every server (the
 * server's own {@code /metrics} is elsewhere on each: Payara's on the application port, WildFly's on the
 * management port).
 */
@WebServlet(urlPatterns = MetricsServlet.PATH)
public class MetricsServlet extends HttpServlet {

    public static final String PATH = "/monitoring/metrics";
    private static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";

    @Inject
    GatewayMetrics metrics;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType(PROMETHEUS_TEXT);
        response.getWriter().write(metrics.prometheusText());
    }
}
