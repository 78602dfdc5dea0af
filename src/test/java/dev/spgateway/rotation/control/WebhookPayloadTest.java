package dev.spgateway.rotation.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import dev.spgateway.store.entity.CredentialState;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/** The webhook's body and its Stripe-style signature, checked the way a receiver checks them. */
class WebhookPayloadTest {

    private static final String SECRET = "webhook-shared-secret";
    private static final Instant SENT = Instant.parse("2027-03-01T10:15:30Z");
    private static final CredentialExpiryAlert ALERT = new CredentialExpiryAlert("alert-1",
            "5d14533e-121c-403e-b9b0-aa1337139175", "A2EXAMPLE1SELLER", "My shop",
            "amzn1.application-oa2-client.0123456789abcdef0123456789abcdef", CredentialState.EXPIRING, 6, 7,
            Instant.parse("2027-03-07T10:00:00Z"), "expires soon", SENT);

    @Test
    void theSignatureCoversTheTimestampAndTheExactBody() throws Exception {
        String body = WebhookPayload.body(ALERT);

        String header = WebhookPayload.signature(body, SECRET, SENT);

        assertEquals("t=" + SENT.getEpochSecond() + ",v1=" + hmac(SENT.getEpochSecond() + "." + body), header);
        String nextSecond = WebhookPayload.signature(body, SECRET, SENT.plusSeconds(1));
        assertNotEquals(header.split(",")[1], nextSecond.split(",")[1],
                "another second, another signature: an old one cannot be given a fresh timestamp");
        assertNotEquals(header, WebhookPayload.signature(body + " ", SECRET, SENT));
        assertNull(WebhookPayload.signature(body, "", SENT), "no secret, no signature");
    }

    @Test
    void theBodyNamesTheStoreByItsIdNeverByItsStoreKey() {
        String body = WebhookPayload.body(ALERT);

        assertTrue(body.contains("\"store_id\":\"5d14533e-121c-403e-b9b0-aa1337139175\""), body);
        assertFalse(body.contains("store_key"), body);
    }

    @Test
    void eachAttemptIsSignedWhenItIsSent() throws Exception {
        BlockingQueue<String[]> received = new ArrayBlockingQueue<>(1);
        HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", exchange -> {
            received.add(new String[] {exchange.getRequestHeaders().getFirst(WebhookPayload.SIGNATURE_HEADER),
                new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)});
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
        try {
            WebhookSender sender = new WebhookSender();
            Instant retriedAt = SENT.plusSeconds(600);
            sender.clock = Clock.fixed(retriedAt, ZoneOffset.UTC);
            String body = WebhookPayload.body(ALERT);

            sender.post(URI.create("http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook"), body, SECRET);

            String[] delivery = received.poll(10, TimeUnit.SECONDS);
            assertEquals(body, delivery[1]);
            assertEquals(WebhookPayload.signature(body, SECRET, retriedAt), delivery[0]);
        } finally {
            receiver.stop(0);
        }
    }

    private static String hmac(String signed) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(signed.getBytes(StandardCharsets.UTF_8)));
    }
}
