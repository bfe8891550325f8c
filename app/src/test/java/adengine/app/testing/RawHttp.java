package adengine.app.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.0 requests written byte by byte, for request targets that HTTP clients refuse or
 * rewrite (percent escapes of slashes and dots, raw non-ASCII bytes, empty segments).
 */
public final class RawHttp {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final int TIMEOUT_MILLIS = 10_000;

    private RawHttp() {
    }

    /** An answer: status, headers (names in lower case) and body. */
    public record Answer(int status, Map<String, String> headers, String body) {
        /** The {@code error} of a JSON error body, or null when the body is not one. */
        public String error() {
            try {
                JsonNode json = MAPPER.readTree(body);
                return json != null && json.hasNonNull("error") ? json.get("error").asText() : null;
            } catch (IOException e) {
                return null;
            }
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }

    /**
     * Sends {@code method target HTTP/1.0} to the server on {@code port} of this machine, with
     * these headers and, unless null, a body. {@code target} is sent as ISO-8859-1, one byte per char.
     */
    public static Answer send(int port, String method, String target, Map<String, String> headers, String body) {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(TIMEOUT_MILLIS);
            byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
            StringBuilder head = new StringBuilder(method).append(' ').append(target).append(" HTTP/1.0\r\n")
                    .append("Host: 127.0.0.1\r\n");
            headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
            if (body != null) {
                head.append("Content-Type: application/json\r\nContent-Length: ").append(content.length).append("\r\n");
            }
            head.append("\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(content);
            out.flush();
            return parse(readAll(socket.getInputStream()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        in.transferTo(bytes);
        return bytes.toByteArray();
    }

    private static Answer parse(byte[] response) {
        String text = new String(response, StandardCharsets.ISO_8859_1);
        int end = text.indexOf("\r\n\r\n");
        if (end < 0) {
            throw new AssertionError("not an HTTP response: " + text);
        }
        String[] lines = text.substring(0, end).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
        }
        String body = new String(response, end + 4, response.length - end - 4, StandardCharsets.UTF_8);
        return new Answer(status, headers, body);
    }
}
