package dev.spgateway.rotation.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;

/**
 * Posts one signed alert and waits for the receiver's answer (a deadline for connecting and one for the
 * answer). Retrying is the outbox's: a failure here is recorded on the delivery and tried again later.
 */
@ApplicationScoped
public class WebhookSender {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(10);

    Clock clock = Clock.systemUTC();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).build();

    /** The receiver's status when it took the alert (2xx); otherwise {@link WebhookRefused}. */
    public int post(URI url, String body, String secret) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(url)
                .timeout(ANSWER_TIMEOUT)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        sign(builder, body, secret);
        try {
            int status = http.send(builder.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status < 200 || status >= 300) {
                throw new WebhookRefused("the webhook answered HTTP " + status);
            }
            return status;
        } catch (IOException e) {
            throw new WebhookRefused("the webhook could not be reached: " + e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WebhookRefused("interrupted");
        }
    }

    /** The signature header, when a shared secret is set; without one the alert goes out unsigned. */
    private void sign(HttpRequest.Builder request, String body, String secret) {
        String signature = WebhookPayload.signature(body, secret, clock.instant());
        if (signature != null) {
            request.header(WebhookPayload.SIGNATURE_HEADER, signature);
        }
    }

    /** A delivery attempt that failed and is worth retrying. */
    public static class WebhookRefused extends RuntimeException {

        private static final long serialVersionUID = 1L;

        public WebhookRefused(String message) {
            super(message, null, false, false);
        }
    }
}
