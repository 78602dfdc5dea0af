package dev.spgateway.sandbox;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static org.junit.jupiter.api.Assertions.fail;

/** Validates recorded exchanges against Amazon's Swagger 2.0 models with swagger-request-validator. */
final class ModelContract {

    private static final Map<String, OpenApiInteractionValidator> VALIDATORS = new ConcurrentHashMap<>();

    private ModelContract() {
    }

    static String modelFor(String path) {
        if (path.startsWith("/reports/")) {
            return "reports_2021-06-30.json";
        }
        if (path.startsWith("/sellers/")) {
            return "sellers.json";
        }
        if (path.startsWith("/orders/2026-01-01/")) {
            return "orders_2026-01-01.json";
        }
        if (path.startsWith("/orders/")) {
            return "ordersV0.json";
        }
        if (path.startsWith("/tokens/")) {
            return "tokens_2021-03-01.json";
        }
        throw new IllegalArgumentException("no model for " + path);
    }

    static OpenApiInteractionValidator validator(String model) {
        return VALIDATORS.computeIfAbsent(model, m -> {
            try (InputStream in = ModelContract.class.getResourceAsStream("/spapi-models/" + m)) {
                return OpenApiInteractionValidator
                        .createForInlineApiSpecification(new String(in.readAllBytes(), StandardCharsets.UTF_8))
                        .build();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** Fails the test with the validator's messages if request or response break the model. */
    static void assertValid(SandboxClient.Exchange e, String pathPrefixToStrip) {
        String path = e.path().substring(pathPrefixToStrip.length());
        SimpleRequest.Builder request = new SimpleRequest.Builder(Request.Method.valueOf(e.method()), path);
        if (e.rawQuery() != null) {
            for (String pair : e.rawQuery().split("&")) {
                int eq = pair.indexOf('=');
                String name = URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8);
                String value = URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                request.withQueryParam(name, value);
            }
        }
        e.requestHeaders().forEach(request::withHeader);
        if (e.requestBody().length > 0) {
            request.withBody(new String(e.requestBody(), StandardCharsets.UTF_8));
        }
        SimpleResponse.Builder response = SimpleResponse.Builder.status(e.status());
        e.responseHeaders().forEach((name, values) -> {
            if (name != null) {
                response.withHeader(name, values);
            }
        });
        if (e.responseBody().length > 0) {
            response.withBody(new String(e.responseBody(), StandardCharsets.UTF_8));
        }
        ValidationReport report = validator(modelFor(path)).validate(request.build(), response.build());
        if (report.hasErrors()) {
            fail(e.method() + " " + e.path() + (e.rawQuery() == null ? "" : "?" + e.rawQuery()) + " -> " + e.status()
                    + " " + new String(e.responseBody(), StandardCharsets.UTF_8) + "\n" + report.getMessages());
        }
    }

    /**
     * Validates a static-case answer. Amazon's own static requests do not always satisfy the model (some omit
     * required parameters, some put "TEST_CASE_..." where a date belongs), so only the answer is checked there.
     */
    static List<String> responseErrors(SandboxClient.Exchange e, String pathPrefixToStrip, String method) {
        String path = e.path().substring(pathPrefixToStrip.length());
        SimpleResponse.Builder response = SimpleResponse.Builder.status(e.status());
        e.responseHeaders().forEach((name, values) -> {
            if (name != null) {
                response.withHeader(name, values);
            }
        });
        if (e.responseBody().length > 0) {
            response.withBody(new String(e.responseBody(), StandardCharsets.UTF_8));
        }
        ValidationReport report = validator(modelFor(path)).validateResponse(path, Request.Method.valueOf(method),
                response.build());
        return report.getMessages().stream().filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                .map(m -> m.getKey() + ": " + m.getMessage()).toList();
    }

    static void assertAllValid(List<SandboxClient.Exchange> exchanges, String prefix) {
        exchanges.stream().filter(e -> !e.path().startsWith("/auth/")).forEach(e -> assertValid(e, prefix));
    }
}
