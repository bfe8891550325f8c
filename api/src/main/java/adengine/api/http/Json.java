package adengine.api.http;

import adengine.core.common.PayloadTooLargeException;
import adengine.core.common.UnsupportedMediaException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Optional;
import spark.Request;
import spark.Response;

/**
 * JSON in and out. Reading keeps decimals exact ({@code 1.50} stays 1.50), rejects trailing
 * garbage and bounds the number of values a body may hold, so the tree of a hostile body (a
 * million empty objects where a click is expected) is refused while it is read, not after it
 * filled the heap. A body declared as another type (a form, plain text, XML) is refused rather than
 * read as JSON; one without a {@code Content-Type} is read as JSON, as the contract says. Writing
 * uses the contract's snake_case names and never scientific notation for money.
 */
public final class Json {
    /** Bulk endpoints take at most this many items per request. */
    public static final int MAX_BULK_ITEMS = 10_000;

    /** An object body (a campaign, a click) has a few dozen tokens; this bounds the tree a hostile one can build. */
    static final int MAX_OBJECT_TOKENS = 10_000;
    /** A bulk body of {@value #MAX_BULK_ITEMS} items needs a few hundred thousand tokens. */
    static final int MAX_BULK_TOKENS = 1_000_000;

    private final ObjectMapper objects = mapper(MAX_OBJECT_TOKENS);
    private final ObjectMapper bulks = mapper(MAX_BULK_TOKENS);

    private static ObjectMapper mapper(int maxTokens) {
        return JsonMapper.builder(JsonFactory.builder()
                        .streamReadConstraints(StreamReadConstraints.builder().maxTokenCount(maxTokens).build())
                        .build())
                .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            // trees would otherwise read 1.50 as 1.5: prices are echoed exactly as sent
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();
    }

    /** The body as a JSON object, or empty when the request has no body (and asks for its default action). */
    public Optional<JsonObject> parseOptionalObject(Request request) {
        JsonNode node = parse(body(request), objects);
        if (node.isMissingNode()) {
            return Optional.empty();
        }
        if (!node.isObject()) {
            throw new MalformedRequestException("the body must be empty or a JSON object");
        }
        return Optional.of(JsonObject.of(node));
    }

    private static JsonNode parse(byte[] body, ObjectMapper mapper) {
        if (body == null || body.length == 0) {
            return MissingNode.getInstance();
        }
        try {
            JsonNode node = mapper.readTree(body);
            return node == null ? MissingNode.getInstance() : node;
        } catch (StreamConstraintsException e) {
            if (e.getMessage() != null && e.getMessage().startsWith("Token count")) {
                throw new PayloadTooLargeException("the body has more JSON values than such a request can hold");
            }
            throw new MalformedRequestException("the body is not valid JSON: " + firstLine(e.getMessage()));
        } catch (java.io.IOException e) {
            throw new MalformedRequestException("the body is not valid JSON: " + firstLine(e.getMessage()));
        } catch (NumberFormatException e) {
            // Jackson reads a number whose exponent overflows (1E999999999999) only when the tree is built, and throws this
            throw new MalformedRequestException("the body holds a number that cannot be read: " + firstLine(e.getMessage()));
        }
    }

    /** The body as a JSON object; anything else is a malformed request. */
    public JsonObject parseObject(Request request) {
        JsonNode node = parse(body(request), objects);
        if (!node.isObject()) {
            throw new MalformedRequestException("the body must be a JSON object");
        }
        return JsonObject.of(node);
    }

    /** The body as a JSON array of at most {@value #MAX_BULK_ITEMS} items. */
    public ArrayNode parseBulk(Request request) {
        JsonNode node = parse(body(request), bulks);
        if (!node.isArray()) {
            throw new MalformedRequestException("the body must be a JSON array");
        }
        if (node.size() > MAX_BULK_ITEMS) {
            throw new PayloadTooLargeException("at most " + MAX_BULK_ITEMS + " items per request, got " + node.size());
        }
        return (ArrayNode) node;
    }

    /**
     * The request's body, unless it is declared as something other than JSON. The type is checked
     * before reading: a multipart body was left unread by {@link BoundedBodies}, and is not read here
     * either. A body declared empty has nothing to misread (as {@code curl -d ''} sends).
     */
    private static byte[] body(Request request) {
        String contentType = request.contentType();
        if (!isJson(contentType) && request.contentLength() != 0) {
            throw new UnsupportedMediaException("the body is sent as " + mediaType(contentType)
                    + "; send JSON with Content-Type: application/json");
        }
        return request.bodyAsBytes();
    }

    /** {@code application/json} or a JSON-based {@code application/*+json}, any parameters; no type at all is read as JSON. */
    private static boolean isJson(String contentType) {
        String mediaType = mediaType(contentType);
        String subtype = mediaType.startsWith("application/") ? mediaType.substring("application/".length()) : "";
        return mediaType.isEmpty() || subtype.equals("json") || subtype.length() > "+json".length() && subtype.endsWith("+json");
    }

    private static String mediaType(String contentType) {
        if (contentType == null) {
            return "";
        }
        int parameters = contentType.indexOf(';');
        return (parameters < 0 ? contentType : contentType.substring(0, parameters)).strip().toLowerCase(Locale.ROOT);
    }

    /** Sets the status and content type and returns the body for Spark to send. */
    public String respond(Response res, int status, Object body) {
        res.status(status);
        res.type("application/json");
        return write(body);
    }

    public String write(Object value) {
        try {
            return objects.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }
}
