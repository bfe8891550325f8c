package adengine.app.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import adengine.app.testing.HttpClientForTests;
import adengine.app.testing.HttpClientForTests.Reply;
import adengine.app.testing.TestServer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Health, documentation, unknown paths and the body limits of the HTTP layer. */
class OperationsHttpTest {
    private static final int SIXTEEN_MIB = 16 * 1024 * 1024;

    @RegisterExtension
    static final TestServer server = new TestServer();
    private static final HttpClientForTests http = server.http();

    @Test
    void healthReportsEveryDependencyUp() {
        Reply reply = http.get("/health");

        assertEquals(200, reply.status(), reply.toString());
        JsonNode health = reply.json();
        assertEquals("UP", health.get("status").textValue(), reply.body());
        for (String dependency : new String[] {"database", "redis", "object_store"}) {
            JsonNode state = health.get("dependencies").get(dependency);
            assertTrue(state != null && state.isObject(), dependency + " is reported: " + reply.body());
            assertEquals("UP", state.get("status").textValue(), dependency + ": " + reply.body());
        }
    }

    @Test
    void openApiDocumentDescribesTheCampaigns() {
        Reply reply = http.get("/openapi.yaml");

        assertEquals(200, reply.status(), reply.toString());
        assertTrue(reply.body().contains("openapi: 3"), "an OpenAPI 3 document");
        assertTrue(reply.body().contains("/advertisers/{advertiserId}/campaigns:"), "documents the campaign paths");
        assertTrue(reply.header("Content-Type").contains("yaml"), reply.header("Content-Type"));
    }

    @Test
    void swaggerUiPageLoadsItsScriptFromDocs() {
        Reply page = http.get("/docs");
        Reply script = http.get("/docs/swagger-ui-bundle.js");

        assertEquals(200, page.status(), page.toString());
        assertTrue(page.header("Content-Type").startsWith("text/html"), page.header("Content-Type"));
        assertTrue(page.body().contains("/docs/swagger-ui-bundle.js"), page.body());
        assertTrue(page.body().contains("/openapi.yaml"), "the page loads the project's document");
        assertEquals(200, script.status(), "swagger-ui-bundle.js: " + script.status());
        assertTrue(script.header("Content-Type").contains("javascript"), script.header("Content-Type"));
        assertTrue(script.body().contains("SwaggerUIBundle"), "the Swagger UI bundle itself");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/openapi.yaml", "/docs", "/docs/swagger-ui.css", "/docs/swagger-ui-bundle.js"})
    void aHeadOfTheDocumentationSaysTheTypeItsGetSends(String path) {
        Reply get = http.get(path);
        Reply head = http.send(http.request(path).method("HEAD", HttpRequest.BodyPublishers.noBody()));

        assertEquals(200, head.status(), head.toString());
        assertEquals(get.header("Content-Type"), head.header("Content-Type"));
        assertEquals("", head.body());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"GET", "HEAD"})
    void theRootRedirectsToTheDocs(String method) {
        Reply reply = http.send(http.request("/").method(method, HttpRequest.BodyPublishers.noBody()));

        assertEquals(302, reply.status(), reply.toString());
        assertEquals("/docs", reply.header("Location"));
    }

    @Test
    void swaggerUiStylesheetReferencedByThePageIsServed() {
        Reply css = http.get("/docs/swagger-ui.css");

        assertEquals(200, css.status(), "swagger-ui.css: " + css.status());
        assertTrue(css.header("Content-Type").startsWith("text/css"), css.header("Content-Type"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/docs/nothing.js", "/docs/...js", "/docs/passwd", "/docs/swagger-ui-bundle.exe"})
    void docsServeOnlyKnownSwaggerUiFiles(String path) {
        Reply reply = http.get(path);

        assertEquals(404, reply.status(), reply.toString());
        assertFalse(reply.body().contains("root:"), "never a file from outside the Swagger UI");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/docs/nothing.js", "/docs/passwd.js", "/docs/nothing.css"})
    void unknownDocsFileIsNotFoundWithTheJsonErrorBody(String path) {
        Reply reply = http.get(path);

        assertEquals(404, reply.status(), reply.toString());
        assertJsonError(reply, "not_found");
    }

    /*
     * Dot segments and percent escapes are refused before any route runs (by Jetty for paths that climb above the root or
     * hide a separator, by the API for any other), with the contract's body.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/docs/../../etc/passwd", "/docs/..%2F..%2F..%2Fetc%2Fpasswd", "/docs/%2e%2e/%2e%2e/etc/passwd",
            "/docs/..%2Fpom.properties", "/docs/%2E%2E%2Fswagger-ui%2Fpom.properties", "/docs/..%5C..%5Cetc%5Cpasswd",
            "/docs/..%5Cpasswd.js"})
    void dotSegmentsAndEscapesInTheDocsPathAreRejectedWithTheJsonErrorBody(String path) {
        Reply reply = http.get(path);

        assertTrue(reply.status() == 400 || reply.status() == 404, reply.toString());
        assertFalse(reply.body().contains("root:"), "never a file from outside the Swagger UI");
        assertJsonError(reply, reply.status() == 400 ? null : "not_found");
    }

    @ParameterizedTest(name = "{0} {1}")
    @ValueSource(strings = {"GET /nothing", "GET /advertisers", "POST /clients", "DELETE /time", "GET /docs/a/b.js"})
    void unknownPathIsNotFoundWithTheJsonErrorBody(String request) {
        String[] parts = request.split(" ");

        Reply reply = http.send(parts[0], parts[1], parts[0].equals("POST") ? "{}" : null);

        assertEquals(404, reply.status(), reply.toString());
        assertTrue(reply.header("Content-Type").startsWith("application/json"), reply.header("Content-Type"));
        assertEquals("not_found", reply.json().get("error").textValue(), reply.body());
        assertTrue(reply.json().get("message").isTextual(), reply.body());
    }

    @Test
    void declaredBodyLargerThan16MiBIsTooLargeBeforeItIsRead() throws IOException {
        RawReply reply = rawPost("/clients/bulk", SIXTEEN_MIB + 1, "[]".getBytes(StandardCharsets.UTF_8));

        assertEquals(413, reply.status(), reply.toString());
        assertEquals("payload_too_large", new ObjectMapper().readTree(reply.body()).get("error").textValue(), reply.body());
    }

    @Test
    void streamedBodyLargerThan16MiBIsTooLarge() {
        String client = UUID.randomUUID().toString();
        byte[] body = bulkOfPadding(client, SIXTEEN_MIB + 1);

        Reply reply = http.send(http.request("/clients/bulk")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))));

        assertEquals(413, reply.status(), reply.toString());
        assertEquals("payload_too_large", reply.json().get("error").textValue());
        assertEquals(404, http.get("/clients/" + client).status(), "nothing stored");
    }

    @Test
    void trailingGarbageAfterTheJsonIsMalformedAndChangesNothing() {
        int before = http.get("/time").json().get("current_date").intValue();

        Reply reply = http.post("/time/advance", "{} x");

        assertEquals(400, reply.status(), reply.toString());
        assertEquals("malformed_json", reply.json().get("error").textValue());
        assertEquals(before, http.get("/time").json().get("current_date").intValue());
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"[] x", "[] []", "[]]", "[],"})
    void trailingGarbageAfterABulkArrayIsMalformed(String body) {
        Reply reply = http.post("/advertisers/bulk", body);

        assertEquals(400, reply.status(), reply.toString());
        assertEquals("malformed_json", reply.json().get("error").textValue());
    }

    @Test
    void errorBodyHasErrorMessageAndDetails() {
        Reply reply = http.post("/clients/bulk", "[{\"client_id\": \"x\"}]");

        assertEquals(400, reply.status(), reply.toString());
        JsonNode error = reply.json();
        assertTrue(error.get("error").isTextual(), reply.body());
        assertTrue(error.get("message").isTextual(), reply.body());
        assertTrue(error.get("details").isArray() && !error.get("details").isEmpty(), reply.body());
        JsonNode detail = error.get("details").get(0);
        assertTrue(detail.get("field").isTextual() && detail.get("problem").isTextual(), reply.body());
    }

    /** The contract's error body: JSON with a machine code ({@code code}, or any when null) and a message. */
    private static void assertJsonError(Reply reply, String code) {
        String type = reply.header("Content-Type");
        assertTrue(type != null && type.startsWith("application/json"), "JSON error body, got " + type + ": " + reply.body());
        JsonNode error = reply.json();
        assertTrue(error.path("error").isTextual() && !error.path("error").asText().isBlank(), reply.body());
        if (code != null) {
            assertEquals(code, error.path("error").asText(), reply.body());
        }
        assertTrue(error.path("message").isTextual(), reply.body());
    }

    /** A valid one-client bulk body whose login is padded so that the whole body has {@code size} bytes. */
    private static byte[] bulkOfPadding(String clientId, int size) {
        String head = "[{\"client_id\": \"" + clientId + "\", \"login\": \"";
        String tail = "\", \"age\": 30, \"location\": \"Kazan\", \"gender\": \"MALE\"}]";
        byte[] body = new byte[size];
        byte[] headBytes = head.getBytes(StandardCharsets.US_ASCII);
        byte[] tailBytes = tail.getBytes(StandardCharsets.US_ASCII);
        Arrays.fill(body, (byte) 'a');
        System.arraycopy(headBytes, 0, body, 0, headBytes.length);
        System.arraycopy(tailBytes, 0, body, size - tailBytes.length, tailBytes.length);
        return body;
    }

    /** Sends only the head of a POST that declares {@code contentLength} bytes, then reads the answer. */
    private static RawReply rawPost(String path, long contentLength, byte[] start) throws IOException {
        int port = http.request("/").build().uri().getPort();
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(15_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nContent-Type: application/json\r\n"
                    + "Content-Length: " + contentLength + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(start);
            out.flush();
            return RawReply.read(socket.getInputStream());
        }
    }

    private record RawReply(int status, String head, String body) {
        static RawReply read(InputStream in) throws IOException {
            ByteArrayOutputStream received = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            int headEnd = -1;
            int contentLength = -1;
            try {
                int read;
                while ((read = in.read(buffer)) >= 0) {
                    received.write(buffer, 0, read);
                    String text = received.toString(StandardCharsets.ISO_8859_1);
                    if (headEnd < 0 && (headEnd = text.indexOf("\r\n\r\n")) >= 0) {
                        contentLength = contentLength(text.substring(0, headEnd));
                    }
                    if (headEnd >= 0 && contentLength >= 0 && received.size() >= headEnd + 4 + contentLength) {
                        break;
                    }
                    if (headEnd >= 0 && contentLength < 0 && text.endsWith("\r\n0\r\n\r\n")) {
                        break;
                    }
                }
            } catch (SocketTimeoutException e) {
                throw new AssertionError("no complete answer within the timeout, got: " + received, e);
            }
            String text = received.toString(StandardCharsets.UTF_8);
            int end = text.indexOf("\r\n\r\n");
            assertTrue(end > 0, "an HTTP answer: " + text);
            String head = text.substring(0, end);
            String body = text.substring(end + 4);
            if (head.toLowerCase(Locale.ROOT).contains("transfer-encoding: chunked")) {
                body = dechunk(body);
            }
            return new RawReply(Integer.parseInt(head.split(" ")[1]), head, body);
        }

        private static int contentLength(String head) {
            for (String line : head.split("\r\n")) {
                if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                    return Integer.parseInt(line.substring("content-length:".length()).trim());
                }
            }
            return -1;
        }

        private static String dechunk(String chunked) {
            StringBuilder body = new StringBuilder();
            int at = 0;
            while (true) {
                int lineEnd = chunked.indexOf("\r\n", at);
                int size = Integer.parseInt(chunked.substring(at, lineEnd).trim(), 16);
                if (size == 0) {
                    return body.toString();
                }
                body.append(chunked, lineEnd + 2, lineEnd + 2 + size);
                at = lineEnd + 2 + size + 2;
            }
        }

        @Override
        public String toString() {
            return head + "\n\n" + body;
        }
    }
}
