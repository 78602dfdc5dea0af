package dev.spgateway.api.control;

import dev.spgateway.platform.control.JsonDocuments;
import jakarta.json.JsonException;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * A JSON object body as parameters. Each value keeps the JSON type it came in, so that a method can refuse
 * an array where it expects a string; a member given twice is refused, as the reader would keep only one.
 * {@code null} members count as absent.
 */
final class JsonParameters {

    private JsonParameters() {
    }

    static Map<String, ParameterValue> parse(String text) {
        try (JsonParser parser = JsonDocuments.parser(text)) {
            if (!parser.hasNext() || parser.next() != JsonParser.Event.START_OBJECT) {
                throw new ApiException(ReturnCode.INCORRECT_PARAMETER, "Request body must be a JSON object");
            }
            Map<String, ParameterValue> parameters = members(parser);
            if (parser.hasNext()) {
                throw new ApiException(ReturnCode.INCORRECT_PARAMETER, "Request body must be one JSON object");
            }
            return parameters;
        } catch (JsonParsingException e) {
            throw new ApiException(ReturnCode.INCORRECT_PARAMETER,
                    "Malformed JSON body at line " + e.getLocation().getLineNumber()
                            + ", column " + e.getLocation().getColumnNumber());
        } catch (JsonException | NoSuchElementException | IllegalStateException e) {
            throw new ApiException(ReturnCode.INCORRECT_PARAMETER, "Malformed JSON body");
        }
    }

    private static Map<String, ParameterValue> members(JsonParser parser) {
        Map<String, ParameterValue> parameters = new LinkedHashMap<>();
        Set<String> names = new HashSet<>();
        for (JsonParser.Event event = parser.next(); event != JsonParser.Event.END_OBJECT; event = parser.next()) {
            String name = parser.getString();
            if (name.chars().anyMatch(Character::isISOControl)) {
                throw new ApiException(ReturnCode.INCORRECT_PARAMETER,
                        "Malformed JSON body: a member name holds a control character");
            }
            if (!names.add(name)) {
                throw ApiException.incorrect(name, "given more than once in the JSON body");
            }
            ParameterValue value = value(parser, parser.next());
            if (value != null) {
                parameters.put(name, value);
            }
        }
        return parameters;
    }

    private static ParameterValue value(JsonParser parser, JsonParser.Event event) {
        return switch (event) {
            case VALUE_STRING -> ParameterValue.text(parser.getString());
            case VALUE_NUMBER -> new ParameterValue(parser.getString(), ParameterValue.Kind.NUMBER);
            case VALUE_TRUE -> new ParameterValue("true", ParameterValue.Kind.BOOLEAN);
            case VALUE_FALSE -> new ParameterValue("false", ParameterValue.Kind.BOOLEAN);
            case START_OBJECT -> new ParameterValue(parser.getObject().toString(), ParameterValue.Kind.OBJECT);
            case START_ARRAY -> new ParameterValue(parser.getArray().toString(), ParameterValue.Kind.ARRAY);
            default -> null;
        };
    }
}
