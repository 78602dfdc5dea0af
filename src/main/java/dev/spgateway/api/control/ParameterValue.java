package dev.spgateway.api.control;

import java.util.Objects;

/**
 * One parameter as the client sent it: its text, and the JSON type that carried it. Query and form values
 * are always text; a JSON body may carry numbers, booleans, arrays and objects, which only some parameters
 * accept.
 */
public record ParameterValue(String text, Kind kind) {

    /** The JSON type of a value; query and form values are {@link #TEXT}. */
    public enum Kind {
        TEXT("a string"), NUMBER("a JSON number"), BOOLEAN("a JSON boolean"), ARRAY("a JSON array"),
        OBJECT("a JSON object");

        private final String described;

        Kind(String described) {
            this.described = described;
        }

        public String described() {
            return described;
        }
    }

    public ParameterValue {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
    }

    public static ParameterValue text(String text) {
        return new ParameterValue(text, Kind.TEXT);
    }
}
