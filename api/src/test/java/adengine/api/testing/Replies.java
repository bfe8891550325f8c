package adengine.api.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** What route tests read from answers: JSON bodies, and error bodies in the contract's shape. */
public final class Replies {
    /** Reads decimals exactly, trailing zeros included: a price reads as it was sent (1.50, not 1.5). */
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    private Replies() {
    }

    /** The tree of a JSON text, to compare an answer with what a test expects. */
    public static JsonNode json(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + text, e);
        }
    }

    /** Asserts the status and a JSON body; returns the body. */
    public static JsonNode assertJson(HttpResponse<String> response, int status) {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), response.headers().toString());
        return json(response.body());
    }

    /**
     * Asserts the status and the contract's error body: exactly {@code error} (this machine code),
     * a non-blank {@code message} and {@code details}, an array of {@code field} and {@code problem}.
     * Returns the body.
     */
    public static JsonNode assertError(HttpResponse<String> response, int status, String error) {
        JsonNode body = assertJson(response, status);
        assertEquals(Set.of("details", "error", "message"), keys(body), response.body());
        assertEquals(error, body.get("error").asText(), response.body());
        assertFalse(body.get("message").asText().isBlank(), response.body());
        assertTrue(body.get("details").isArray(), response.body());
        body.get("details").forEach(detail -> assertEquals(Set.of("field", "problem"), keys(detail), response.body()));
        return body;
    }

    /** The fields the details of an error body name, in order. */
    public static List<String> detailFields(JsonNode error) {
        List<String> fields = new ArrayList<>();
        error.get("details").forEach(detail -> fields.add(detail.get("field").asText()));
        return fields;
    }

    private static Set<String> keys(JsonNode object) {
        Set<String> keys = new TreeSet<>();
        object.fieldNames().forEachRemaining(keys::add);
        return keys;
    }
}
