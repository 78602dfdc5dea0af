package dev.spgateway.sandbox.spapi;

import com.fasterxml.jackson.databind.JsonNode;
import dev.spgateway.sandbox.http.Json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Amazon's model files the sandbox follows, read from the classpath (spapi-models/). */
public final class SpApiModels {

    public static final List<String> FILES = List.of("reports_2021-06-30.json", "sellers.json", "ordersV0.json",
            "tokens_2021-03-01.json", "orders_2026-01-01.json");

    private final Map<String, JsonNode> models = new LinkedHashMap<>();

    public static SpApiModels load() {
        SpApiModels out = new SpApiModels();
        for (String file : FILES) {
            try (InputStream in = SpApiModels.class.getResourceAsStream("/spapi-models/" + file)) {
                if (in == null) {
                    throw new IllegalStateException("spapi-models/" + file + " is not on the classpath");
                }
                out.models.put(file, Json.parse(in.readAllBytes()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }

    public Iterable<JsonNode> all() {
        return models.values();
    }
}
