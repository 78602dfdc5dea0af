package dev.spgateway.authorization.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spgateway.api.control.ApiException;
import dev.spgateway.api.control.ReturnCode;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuthorizationRulesTest {

    private static final List<String> PREFIXES = List.of("https://app.example.com/amazon/", "https://shop.example");

    @Test
    void aReturnUrlUnderAPrefixPasses() {
        assertEquals("https://app.example.com/amazon/done?x=1",
                AuthorizationRules.returnUrl("https://app.example.com/amazon/done?x=1", PREFIXES));
        assertEquals("https://shop.example/back", AuthorizationRules.returnUrl("https://shop.example/back", PREFIXES));
        assertEquals("https://shop.example", AuthorizationRules.returnUrl("https://shop.example", PREFIXES));
    }

    @Test
    void aBareOriginPrefixDoesNotAdmitAnotherHostThatStartsTheSame() {
        refused(() -> AuthorizationRules.returnUrl("https://shop.example.evil.com/back", PREFIXES), "return_url");
        refused(() -> AuthorizationRules.returnUrl("https://shop.example:8443/back", PREFIXES), "return_url");
    }

    @Test
    void returnUrlsOutsideThePrefixesOrMalformedAreRefused() {
        refused(() -> AuthorizationRules.returnUrl("https://evil.example/amazon/", PREFIXES), "return_url");
        refused(() -> AuthorizationRules.returnUrl("https://app.example.com/other", PREFIXES), "return_url");
        refused(() -> AuthorizationRules.returnUrl("javascript:alert(1)", PREFIXES), "return_url");
        refused(() -> AuthorizationRules.returnUrl("/relative", PREFIXES), "return_url");
        refused(() -> AuthorizationRules.returnUrl("https://app.example.com/amazon/#frag", PREFIXES), "return_url");
        refused(() -> AuthorizationRules.returnUrl("https://user@app.example.com/amazon/", PREFIXES), "return_url");
        refused(() -> AuthorizationRules.returnUrl("https://app.example.com/amazon/a b", PREFIXES), "return_url");
    }

    @Test
    void anAppstoreCallbackIsHttpsOnAnAmazonHost() {
        for (String uri : List.of("https://sellercentral.amazon.com/apps/authorize/confirm/amzn1.sp.solution.x",
                "https://sellercentral-europe.amazon.com/apps/authorize/confirm", "https://sellercentral.amazon.co.jp/x",
                "https://sellercentral.amazon.com.au/x")) {
            assertEquals(uri, AuthorizationRules.amazonCallbackUri(uri, List.of()));
        }
    }

    @Test
    void foreignOrPlainHttpCallbacksAreRefused() {
        for (String uri : List.of("http://sellercentral.amazon.com/x", "https://sellercentral.amazon.com.evil.com/x",
                "https://evilamazon.com/x", "https://amazon.com.attacker.net/", "https://sellercentral.amazon.com:8443/x",
                "https://attacker.example/x")) {
            refused(() -> AuthorizationRules.amazonCallbackUri(uri, List.of()), "amazon_callback_uri");
        }
    }

    @Test
    void theConfigurationMayAddAnOriginSuchAsASandbox() {
        assertEquals("http://127.0.0.1:4567/apps/authorize/appstore/callback?application_id=a",
                AuthorizationRules.amazonCallbackUri("http://127.0.0.1:4567/apps/authorize/appstore/callback"
                        + "?application_id=a", List.of("http://127.0.0.1:4567")));
        refused(() -> AuthorizationRules.amazonCallbackUri("http://127.0.0.1:45678/x", List.of("http://127.0.0.1:4567")),
                "amazon_callback_uri");
    }

    private static void refused(org.junit.jupiter.api.function.Executable check, String parameter) {
        ApiException e = assertThrows(ApiException.class, check);
        assertEquals(ReturnCode.INCORRECT_PARAMETER, e.returnCode());
        assertTrue(e.getMessage().contains("'" + parameter + "'"), e.getMessage());
    }
}
