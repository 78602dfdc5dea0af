package dev.spgateway.admin.control;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.config.PropertyNamingStrategy;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;

/** The console's JSON: snake_case like the API, never cached by the browser. */
public final class AdminJson {

    private static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig()
            .withPropertyNamingStrategy(PropertyNamingStrategy.LOWER_CASE_WITH_UNDERSCORES)
            .withNullValues(true));

    private AdminJson() {
    }

    public static void write(HttpServletResponse response, int status, Object body) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        toJson(body, response.getOutputStream());
    }

    public static void toJson(Object body, OutputStream out) {
        JSONB.toJson(body, out);
    }

    public static void error(HttpServletResponse response, int status, String message) throws IOException {
        write(response, status, Map.of("error", message));
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> readObject(InputStream body) {
        try {
            Object parsed = JSONB.fromJson(body, Map.class);
            return parsed == null ? Map.of() : (Map<String, Object>) parsed;
        } catch (RuntimeException malformed) {
            return Map.of();
        }
    }
}
