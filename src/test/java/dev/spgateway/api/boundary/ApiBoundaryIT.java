package dev.spgateway.api.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.File;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The packaged WAR deployed to Payara Micro, called over HTTP: keys, methods, malformed input and health.
 * Container tests start a server each, so the container-level checks share this one class.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApiBoundaryIT {

    private static final String KEY = "arquillian-bootstrap-key-0001";
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive war() {
        return ShrinkWrap.createFromZipFile(WebArchive.class,
                new File(System.getProperty("spgateway.war", "target/spgateway.war")));
    }

    @Test
    void cartMethodsWithTheBootstrapKeyListsItself() throws Exception {
        JsonObject answer = get("v1.1/cart.methods.json?api_key=" + KEY);

        assertEquals(0, answer.getInt("return_code"));
        assertTrue(answer.getJsonObject("result").getJsonArray("methods").stream()
                .anyMatch(m -> m.asJsonObject().getString("name").equals("cart.methods")));
    }

    @Test
    void theKeyAlsoWorksAsHeader() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri("v1.1/cart.methods.json"))
                .header("x-api-key", KEY).build(), HttpResponse.BodyHandlers.ofString());

        assertEquals(0, json(response.body()).getInt("return_code"));
    }

    @Test
    void aWrongOrMissingKeyIs2() throws Exception {
        assertEquals(2, get("v1.1/cart.methods.json?api_key=not-the-right-key").getInt("return_code"));
        assertEquals(2, get("v1.1/cart.methods.json").getInt("return_code"));
    }

    @Test
    void anUnknownMethodIs3() throws Exception {
        assertEquals(3, get("v1.1/product.teleport.json?api_key=" + KEY).getInt("return_code"));
        assertEquals(3, get("v1.1/not-a-method?api_key=" + KEY).getInt("return_code"));
        assertEquals(3, get("v1.1/a/b/c.json?api_key=" + KEY).getInt("return_code"));
    }

    @Test
    void malformedJsonIs109() throws Exception {
        HttpResponse<String> response = send("POST", "v1.1/cart.methods.json?api_key=" + KEY, "{\"broken\":",
                Map.of("Content-Type", "application/json"));

        assertEquals(200, response.statusCode());
        assertEquals(109, json(response.body()).getInt("return_code"));
    }

    @Test
    void aVerbTheApiDoesNotTakeIs109() throws Exception {
        for (String verb : new String[] {"PATCH", "OPTIONS"}) {
            HttpResponse<String> response = send(verb, "v1.1/cart.methods.json?api_key=" + KEY, "{}",
                    Map.of("Content-Type", "application/json"));

            assertEquals(200, response.statusCode(), verb);
            assertEquals(109, json(response.body()).getInt("return_code"), verb);
        }
    }

    @Test
    void aHugeBodyIs109AndNeverAStackTrace() throws Exception {
        String huge = "{\"a\":\"" + "x".repeat(2_000_000) + "\"}";
        HttpResponse<String> response = send("POST", "v1.1/cart.methods.json?api_key=" + KEY, huge,
                Map.of("Content-Type", "application/json"));

        assertEquals(109, json(response.body()).getInt("return_code"));
        assertFalse(response.body().contains("Exception"));
    }

    @Test
    void aLongQueryStringIsStillAnswered() throws Exception {
        JsonObject answer = get("v1.1/cart.methods.json?api_key=" + KEY + "&product_ids=" + "x,".repeat(10_000));

        assertEquals(0, answer.getInt("return_code"));
    }

    @Test
    void everyVerbOfTheApiAnswersJsonWithHttp200() throws Exception {
        for (String verb : new String[] {"GET", "POST", "PUT", "DELETE"}) {
            HttpResponse<String> response = send(verb, "v1.1/cart.methods.json?api_key=" + KEY, "", Map.of());

            assertEquals(200, response.statusCode(), verb);
            assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
            assertEquals(0, json(response.body()).getInt("return_code"), verb);
        }
    }

    @Test
    void readinessChecksTheDatabase() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri("health/ready")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("\"database\""));
        assertTrue(response.body().contains("UP"));
    }

    private JsonObject get(String path) throws Exception {
        return json(http.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString()).body());
    }

    private HttpResponse<String> send(String verb, String path, String body, Map<String, String> headers)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .method(verb, HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The WAR declares context root {@code /}, whatever name the test archive gets. */
    private URI uri(String path) {
        return URI.create(base.getProtocol() + "://" + base.getHost() + ":" + base.getPort() + "/" + path);
    }

    private static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }
}
