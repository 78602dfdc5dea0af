package dev.spgateway.rotation.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.faulttolerance.Asynchronous;
import org.eclipse.microprofile.faulttolerance.Retry;

/**
 * Posts a signed alert, off the caller's thread, retrying with growing pauses while the receiver is down
 * or answers an error (Fault Tolerance; tune with the standard {@code .../Retry/...} keys). Each attempt is
 * signed when it is sent, so a retry minutes later still falls within the receiver's tolerance.
 */
@ApplicationScoped
public class WebhookSender {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    Clock clock = Clock.systemUTC();

    @Asynchronous
    @Retry(maxRetries = 6, delay = 2, delayUnit = ChronoUnit.SECONDS, jitter = 1000, maxDuration = 10,
            durationUnit = ChronoUnit.MINUTES)
    public CompletionStage<Integer> post(URI url, String body, String secret) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(url)
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        String signature = WebhookPayload.signature(body, secret, clock.instant());
        if (signature != null) {
            builder.header(WebhookPayload.SIGNATURE_HEADER, signature);
        }
        HttpRequest request = builder.build();
        try {
            int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status < 200 || status >= 300) {
                throw new WebhookRefused("the webhook answered HTTP " + status);
            }
            return CompletableFuture.completedFuture(status);
        } catch (IOException e) {
            throw new WebhookRefused("the webhook could not be reached: " + e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WebhookRefused("interrupted");
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
