package dev.spgateway.store.control;

import dev.spgateway.platform.control.JsonDocuments;
import jakarta.json.JsonReader;

/** account.config.update's answer; kept as JSON for a replay. */
public record ConfigAnswer(int updatedItems) {

    public String json() {
        return JsonDocuments.objectBuilder().add("updated_items", updatedItems).build().toString();
    }

    public static ConfigAnswer fromJson(String json) {
        try (JsonReader reader = JsonDocuments.reader(json)) {
            return new ConfigAnswer(reader.readObject().getInt("updated_items"));
        }
    }
}
