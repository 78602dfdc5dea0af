package dev.spgateway.amazon.control;

import dev.spgateway.platform.control.JsonDocuments;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Form;
import jakarta.ws.rs.core.Response;

/**
 * What Login with Amazon's token endpoint answered to one grant, whichever grant: a server error (5xx), a 429
 * or a connection failure is {@link LwaUnavailable} (worth trying again), anything else is the status and the
 * body for the grant to judge. A body that is not JSON counts as empty.
 */
record LwaAnswer(int status, JsonObject body) {

    static LwaAnswer post(LwaClient lwa, Form form) {
        try (Response response = lwa.token(form)) {
            LwaAnswer answer = new LwaAnswer(response.getStatus(), parse(response.readEntity(String.class)));
            if (answer.status() >= 500 || answer.status() == 429) {
                throw new LwaUnavailable("Login with Amazon answered HTTP " + answer.status() + " ("
                        + answer.body().getString("error", "no error code") + ")");
            }
            return answer;
        } catch (ProcessingException e) {
            throw new LwaUnavailable("Login with Amazon could not be reached: " + e.getClass().getSimpleName());
        }
    }

    /** Whether LWA granted: HTTP 200 with the member the grant is for. */
    boolean granted(String member) {
        return status == 200 && body.containsKey(member);
    }

    LwaFailure refusal() {
        return new LwaFailure(body.getString("error", "http_" + status),
                body.getString("error_description", "LWA answered HTTP " + status));
    }

    private static JsonObject parse(String body) {
        try (JsonReader reader = JsonDocuments.reader(body == null ? "{}" : body)) {
            return reader.readObject();
        } catch (JsonParsingException | ClassCastException e) {
            return JsonObject.EMPTY_JSON_OBJECT;
        }
    }
}
