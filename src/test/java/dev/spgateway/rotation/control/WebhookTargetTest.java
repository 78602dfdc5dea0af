package dev.spgateway.rotation.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WebhookTargetTest {

    @Test
    void noUrlMeansNoWebhook() {
        assertEquals(Optional.empty(), WebhookTarget.parse(Optional.empty()));
        assertEquals(Optional.empty(), WebhookTarget.parse(Optional.of("  ")));
    }

    @Test
    void anHttpsUrlIsTheTarget() {
        assertEquals(Optional.of(URI.create("https://ops.example.com/hooks/spgateway?token=t")),
                WebhookTarget.parse(Optional.of(" https://ops.example.com/hooks/spgateway?token=t ")));
    }

    @Test
    void aMalformedUrlIsRefusedNamingTheSettingAndWhy() {
        for (String malformed : new String[] {"https://ops example.com/hook", "ops.example.com/hook",
                "ftp://ops.example.com/hook", "https:///hook"}) {
            IllegalStateException refused = assertThrows(IllegalStateException.class,
                    () -> WebhookTarget.parse(Optional.of(malformed)));
            assertTrue(refused.getMessage().startsWith("spgateway.rotation.webhook.url is not a usable webhook address"),
                    refused.getMessage());
        }
    }
}
