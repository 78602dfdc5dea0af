package dev.spgateway.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spgateway.e2e.BadValues.Kind;
import dev.spgateway.e2e.BadValues.Transport;
import dev.spgateway.e2e.HostileCalls.HostileCall;
import dev.spgateway.e2e.HostileCalls.Target;
import dev.spgateway.e2e.HostileGateway.Trace;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.GenerationMode;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;

/**
 * Hostile input end to end: every method of {@code cart.methods} gets bad values for every parameter it
 * takes, and each answer must be an envelope with a documented code (never 9, never HTML) that refuses the
 * value by name, while the database keeps every row as it was and Amazon hears nothing. Subclasses run it on
 * H2 and on PostgreSQL.
 */
abstract class HostileInput {

    static final String NOT_A_CURSOR = "Incorrect parameter 'page_cursor': not a cursor this gateway issued;"
            + " use pagination.next or pagination.previous of an earlier answer";

    abstract HostileGateway ground();

    @Example
    void theSuiteCoversEveryMethodThatCartMethodsLists() {
        Set<String> listed = ground().client().get("cart.methods", java.util.Map.of()).getJsonObject("result")
                .getJsonArray("methods").stream().map(method -> method.asJsonObject().getString("name"))
                .collect(Collectors.toSet());

        assertEquals(listed, HostileCalls.METHODS.keySet());
    }

    @Example
    void theCallsTheBadValuesAreMixedIntoAreAnsweredWithoutATrace() {
        for (String method : HostileCalls.METHODS.keySet()) {
            if (!method.equals("cart.delete") && !method.equals("cart.validate")) {
                Target untouched = new Target(method, "unused_parameter", BadValues.Type.TEXT);
                int expected = switch (method) {
                    case "account.cart.add" -> 8;
                    case "amazon.authorization.start" -> 1;
                    case "amazon.authorization.info" -> 112;
                    default -> 0;
                };
                assertEquals(expected, withoutATrace(new HostileCall(untouched, BadValues.text(Kind.EMPTY, ""),
                        Transport.JSON)).getInt("return_code"), method);
            }
        }
    }

    @Property(generation = GenerationMode.EXHAUSTIVE, tries = 10_000)
    void everyParameterOfEveryMethodRefusesEveryKindOfBadValue(@ForAll("everyCase") HostileCall call) {
        refusedWithoutATrace(call);
    }

    @Property(tries = 300, shrinking = ShrinkingMode.BOUNDED)
    void randomBadValuesAreRefusedWithoutATrace(@ForAll("randomCases") HostileCall call) {
        refusedWithoutATrace(call);
    }

    @Example
    void aCursorAskingForAHundredThousandProductsIs109() {
        String unsealed = CursorForgeries.unsealed("{\"s\":0,\"c\":100000,\"f\":{}}");
        String sealed = ground().forgeries().sealed("{\"s\":0,\"c\":100000,\"f\":{}}");

        for (String cursor : List.of(unsealed, sealed)) {
            assertNotACursor(productList("page_cursor=" + cursor));
        }
    }

    @Example
    void aCursorStartingBeforeTheFirstProductIs109() {
        assertNotACursor(productList("page_cursor=" + CursorForgeries.unsealed("{\"s\":-5,\"c\":10,\"f\":{}}")));
        assertNotACursor(productList("page_cursor=" + ground().forgeries().sealed("{\"s\":-5,\"c\":10,\"f\":{}}")));
    }

    @Example
    void theLastPossibleStartHasNoNextPageAndItsPreviousPageIsTheLast() {
        JsonObject beyond = productList("start=2147483647&count=250");

        assertEquals(0, beyond.getInt("return_code"), beyond.toString());
        assertEquals(0, beyond.getJsonObject("result").getJsonArray("product").size());
        assertEquals(JsonValue.NULL, beyond.getJsonObject("pagination").get("next"), "no next page past the end");
        JsonObject last = productList("page_cursor=" + beyond.getJsonObject("pagination").getString("previous"));
        assertEquals(0, last.getInt("return_code"), last.toString());
        assertEquals(30, last.getJsonObject("result").getJsonArray("product").size());
        assertEquals(JsonValue.NULL, last.getJsonObject("pagination").get("next"));
    }

    @Example
    void aCustomLabelOf5000CharactersIs109BeforeAmazonIsAsked() {
        JsonObject answer = addNewStore("custom_label", "l".repeat(5000));

        assertRefused(answer, 109, "Incorrect parameter 'custom_label': at most 200 characters (5000 given)");
    }

    @Example
    void aCustomLabelHoldingNulIs109AndNothingIsStored() {
        JsonObject answer = addNewStore("custom_label", "my\u0000shop");

        assertRefused(answer, 109, "Incorrect parameter 'custom_label': control characters are not allowed"
                + " (U+0000 at character 3)");
    }

    @Example
    void aClientSecretTooLongForItsColumnIs109BeforeAmazonIsAsked() {
        String secret = "amzn1.oa2-cs.v1." + "f".repeat(1000);

        JsonObject answer = addNewStore("amazon_sp_client_secret", secret);

        assertRefused(answer, 109, "Incorrect parameter 'amazon_sp_client_secret': at most 728 characters (1016"
                + " given)");
    }

    @Example
    void anIdempotencyKeyOf201CharactersIs109AndChangesNothing() {
        Trace before = ground().trace();

        JsonObject answer = ground().client().put("account.config.update", java.util.Map.of(
                "store_key", ground().ownStore().key(), "amazon_sp_api_environment", "sandbox", "verify", false,
                "idempotency_key", "k".repeat(201)));

        assertRefused(answer, 109, "Incorrect parameter 'idempotency_key': at most 200 characters (201 given)");
        assertEquals(before, ground().trace());
    }

    @Example
    void bytesSentUnencodedInTheRequestLineAreReadAsUtf8AndRefusedWhenTheyAreNot() {
        Trace before = ground().trace();

        JsonObject invalid = ground().sendRaw(findValue(new byte[] {'a', 'b', (byte) 0xFF}));
        JsonObject utf8 = ground().sendRaw(findValue("Naïve".getBytes(java.nio.charset.StandardCharsets.UTF_8)));

        assertRefused(invalid, 109, "Incorrect parameter 'find_value': not valid UTF-8 once percent-decoded");
        assertEquals(0, utf8.getInt("return_code"), utf8.toString());
        assertEquals(before, ground().trace());
    }

    @Provide
    Arbitrary<HostileCall> everyCase() {
        CursorForgeries cursors = ground().forgeries();
        List<HostileCall> cases = new java.util.ArrayList<>();
        for (Target target : HostileCalls.targets()) {
            List<BadValues.BadValue> values = BadValues.representatives(target.type(), cursors);
            for (int i = 0; i < values.size(); i++) {
                BadValues.BadValue value = values.get(i);
                // each value travels one way here, the ways taking turns; the random property mixes them all
                List<Transport> ways = List.copyOf(value.transports());
                cases.add(new HostileCall(target, value, ways.get(Math.floorMod(i + target.toString().hashCode(), ways.size()))));
            }
        }
        return Arbitraries.of(cases);
    }

    @Provide
    Arbitrary<HostileCall> randomCases() {
        CursorForgeries cursors = ground().forgeries();
        return Arbitraries.of(HostileCalls.targets()).flatMap(target -> BadValues.arbitrary(target.type(), cursors)
                .flatMap(value -> Arbitraries.of(List.copyOf(value.transports()))
                        .map(way -> new HostileCall(target, value, way))));
    }

    /** A bad value is refused by name (EMPTY may count as absent), and nothing is written or sent to Amazon. */
    private void refusedWithoutATrace(HostileCall call) {
        JsonObject answer = withoutATrace(call);
        if (call.value().kind() == Kind.EMPTY) {
            return;
        }
        int code = answer.getInt("return_code");
        String parameter = call.target().parameter();
        if (parameter.equals("api_key")) {
            assertTrue(code == 2 || code == 109, answer.toString());
            return;
        }
        assertTrue(code == 109 || code == 114, answer.toString());
        boolean bodyNotUtf8 = call.value().kind() == Kind.NOT_UTF8 && call.transport() == Transport.JSON;
        assertTrue(bodyNotUtf8 || answer.getString("return_message").contains("'" + parameter + "'"),
                answer.toString());
    }

    private JsonObject withoutATrace(HostileCall call) {
        Trace before = ground().trace();
        JsonObject answer = ground().send(call);
        Trace after = ground().trace();
        assertEquals(before.database(), after.database(), () -> "the database changed: " + answer);
        assertEquals(before.amazonCalls(), after.amazonCalls(), () -> "Amazon was called: " + answer);
        return answer;
    }

    private byte[] findValue(byte[] value) {
        byte[] prefix = ("product.list.json?store_key=" + ground().ownStore().key() + "&find_value=")
                .getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        byte[] target = java.util.Arrays.copyOf(prefix, prefix.length + value.length);
        System.arraycopy(value, 0, target, prefix.length, value.length);
        return target;
    }

    private JsonObject productList(String query) {
        return ground().send("GET", "product.list", "store_key=" + ground().ownStore().key() + "&" + query, null,
                null);
    }

    /** account.cart.add for a seller Amazon knows, with one value changed; nothing may reach Amazon or the database. */
    private JsonObject addNewStore(String parameter, String value) {
        var sandbox = ground().sandbox();
        var app = parameter.equals("amazon_sp_client_secret")
                ? sandbox.registerApplication("amzn1.application-oa2-client." + dev.spgateway.sandbox.http.Ids.hex(32),
                        value, false)
                : sandbox.registerApplication(false);
        String sellerId = sandbox.registerSeller(List.of(SandboxStores.US)).sellerId();
        java.util.Map<String, Object> parameters = SandboxStores.cartAddParameters(app, sellerId,
                sandbox.authorize(sellerId, app.clientId()), "us-east-1");
        parameters.put(parameter, value);
        Trace before = ground().trace();
        JsonObject answer = ground().client().post("account.cart.add", parameters);
        assertEquals(before, ground().trace(), () -> "a trace of " + answer);
        return answer;
    }

    private static void assertNotACursor(JsonObject answer) {
        assertRefused(answer, 109, NOT_A_CURSOR);
    }

    private static void assertRefused(JsonObject answer, int code, String message) {
        assertEquals(code, answer.getInt("return_code"), answer.toString());
        assertEquals(message, answer.getString("return_message"));
        assertNotNull(answer.getJsonObject("result"));
        assertNotEquals(9, code);
    }
}
