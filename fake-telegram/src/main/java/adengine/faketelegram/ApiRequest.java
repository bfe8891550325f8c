package adengine.faketelegram;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One Bot API call with its parameters, whether they came as JSON, a form, a query string or multipart. */
final class ApiRequest {

    private static final Pattern BOUNDARY = Pattern.compile("boundary=\"?([^\";]+)\"?");

    final String method;
    private final ObjectNode params;
    private final Map<String, Multipart.Part> files;

    private ApiRequest(String method, ObjectNode params, Map<String, Multipart.Part> files) {
        this.method = method;
        this.params = params;
        this.files = files;
    }

    static ApiRequest parse(ObjectMapper json, String method, String query, String contentType, byte[] body) {
        ObjectNode params = json.createObjectNode();
        addForm(params, query);
        Map<String, Multipart.Part> files = Map.of();
        String type = contentType == null ? "" : contentType.toLowerCase();
        if (type.startsWith("application/json") && body.length > 0) {
            try {
                JsonNode node = json.readTree(body);
                if (!node.isObject()) {
                    throw BotApiException.badRequest("request body must be a JSON object");
                }
                params.setAll((ObjectNode) node);
            } catch (java.io.IOException e) {
                throw BotApiException.badRequest("can't parse JSON: " + e.getMessage());
            }
        } else if (type.startsWith("multipart/form-data")) {
            Matcher boundary = BOUNDARY.matcher(contentType);
            if (!boundary.find()) {
                throw BotApiException.badRequest("multipart body without a boundary");
            }
            Multipart multipart = Multipart.parse(body, boundary.group(1));
            multipart.fields().forEach(params::put);
            files = multipart.files();
        } else if (type.startsWith("application/x-www-form-urlencoded")) {
            addForm(params, new String(body, StandardCharsets.UTF_8));
        }
        return new ApiRequest(method, params, files);
    }

    private static void addForm(ObjectNode params, String form) {
        if (form == null || form.isEmpty()) {
            return;
        }
        for (String pair : form.split("&")) {
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            params.put(key, value);
        }
    }

    boolean has(String name) {
        return params.hasNonNull(name);
    }

    /** A scalar parameter as text (the library sends chat_id as a string, numbers as numbers). */
    String text(String name) {
        JsonNode node = params.get(name);
        return node == null || node.isNull() ? null : node.isValueNode() ? node.asText() : node.toString();
    }

    long requiredLong(String name) {
        String value = text(name);
        if (value == null || value.isEmpty()) {
            throw BotApiException.badRequest(name + " is empty");
        }
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw BotApiException.badRequest("invalid " + name + " specified");
        }
    }

    int intOr(String name, int fallback) {
        String value = text(name);
        return value == null || value.isEmpty() ? fallback : (int) requiredLong(name);
    }

    boolean bool(String name) {
        return Boolean.parseBoolean(text(name));
    }

    /** A structured parameter: an object in a JSON body, a JSON string in a form or multipart body. */
    JsonNode json(ObjectMapper mapper, String name) {
        JsonNode node = params.get(name);
        if (node == null || !node.isTextual()) {
            return node;
        }
        try {
            return mapper.readTree(node.asText());
        } catch (JsonProcessingException e) {
            throw BotApiException.badRequest("can't parse " + name + " JSON object");
        }
    }

    /** An uploaded file given as {@code attach://name} or as a part named after the field itself. */
    Multipart.Part upload(String field) {
        Multipart.Part attached = attached(text(field));
        return attached != null ? attached : files.get(field);
    }

    /** The part that a value of the form {@code attach://name} names; null for any other value (a file_id). */
    Multipart.Part attached(String value) {
        if (value == null || !value.startsWith("attach://")) {
            return null;
        }
        Multipart.Part part = files.get(value.substring("attach://".length()));
        if (part == null) {
            throw BotApiException.badRequest("file " + value + " not found in the request");
        }
        return part;
    }

    @Override
    public String toString() {
        return method + " " + params + (files.isEmpty() ? "" : " files " + files.keySet());
    }
}
