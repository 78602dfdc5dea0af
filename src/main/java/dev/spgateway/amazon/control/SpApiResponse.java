package dev.spgateway.amazon.control;

/** An SP-API answer: status, body text and the headers the gateway acts on. */
public record SpApiResponse(int status, String body, String rateLimit) {

    public boolean isSuccess() {
        return status >= 200 && status < 300;
    }
}
