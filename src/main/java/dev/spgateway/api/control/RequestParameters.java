package dev.spgateway.api.control;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Merges a call's parameters from the query string and the body (JSON object or form), the body winning.
 * Sizes are bounded so that no input can make the gateway hold an unbounded request in memory; text that is
 * not UTF-8 and a parameter given twice in one place are refused, never guessed at.
 */
public final class RequestParameters {

    /** Parameters that are credentials: kept out of the parameter map so they can never be echoed or logged. */
    public static final List<String> KEY_PARAMETERS = List.of("api_key", "store_key");

    private final int maxBodyBytes;

    public RequestParameters(int maxBodyBytes) {
        this.maxBodyBytes = maxBodyBytes;
    }

    /**
     * The parameters of a request: its query string as it came (still percent-encoded; bytes the client did not
     * encode as ISO-8859-1 characters, as servlet containers read the request line), its body and its type.
     */
    public Map<String, ParameterValue> merge(String rawQuery, String contentType, InputStream body) {
        Map<String, ParameterValue> parameters = new LinkedHashMap<>(
                FormParameters.parse(Optional.ofNullable(rawQuery).orElse(""), FormParameters.Source.QUERY));
        String text = readBody(body);
        if (!text.isBlank()) {
            parameters.putAll(isForm(contentType) ? FormParameters.parse(text, FormParameters.Source.FORM)
                    : JsonParameters.parse(text));
        }
        return parameters;
    }

    private String readBody(InputStream body) {
        if (body == null) {
            return "";
        }
        byte[] bytes;
        try {
            bytes = body.readNBytes(maxBodyBytes + 1);
        } catch (IOException e) {
            throw new ApiException(ReturnCode.INCORRECT_PARAMETER, "Request body could not be read");
        }
        if (bytes.length > maxBodyBytes) {
            throw new ApiException(ReturnCode.INCORRECT_PARAMETER,
                    "Request body is larger than " + maxBodyBytes + " bytes");
        }
        return utf8(bytes).orElseThrow(() -> new ApiException(ReturnCode.INCORRECT_PARAMETER,
                "Request body is not valid UTF-8"));
    }

    /** The text of UTF-8 bytes; empty when they are not UTF-8 (a replacement character would hide that). */
    static Optional<String> utf8(byte[] bytes) {
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private static boolean isForm(String contentType) {
        return contentType != null && contentType.toLowerCase(java.util.Locale.ROOT)
                .startsWith("application/x-www-form-urlencoded");
    }
}
