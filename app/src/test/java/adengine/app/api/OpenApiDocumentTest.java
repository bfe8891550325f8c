package adengine.app.api;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import adengine.app.testing.HttpClientForTests;
import adengine.app.testing.HttpClientForTests.Reply;
import adengine.app.testing.TestServer;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The served OpenAPI document stays true: every operation it lists is one the server has. */
class OpenApiDocumentTest {
    private static final Pattern PATH = Pattern.compile("^  (/\\S*):$");
    private static final Pattern METHOD = Pattern.compile("^    (get|post|put|delete):$");

    @RegisterExtension
    static final TestServer server = new TestServer();
    private static final HttpClientForTests http = server.http();

    /** Operations as "METHOD /path", read from the document the server serves. */
    static Stream<String> operations() {
        List<String> operations = new ArrayList<>();
        String path = null;
        for (String line : http.get("/openapi.yaml").body().split("\n")) {
            Matcher pathLine = PATH.matcher(line);
            Matcher methodLine = METHOD.matcher(line);
            if (pathLine.matches()) {
                path = pathLine.group(1);
            } else if (methodLine.matches() && path != null) {
                operations.add(methodLine.group(1).toUpperCase() + " " + path);
            }
        }
        return operations.stream();
    }

    @Test
    void theDocumentListsTheContractsOperations() {
        List<String> listed = operations().toList();

        assertTrue(listed.size() >= 29, "operations listed: " + listed);
        assertTrue(listed.contains("GET /ads") && listed.contains("POST /ads/{adId}/click"), listed.toString());
    }

    @ParameterizedTest
    @MethodSource("operations")
    void everyListedOperationExists(String operation) {
        String method = operation.substring(0, operation.indexOf(' '));
        String path = operation.substring(operation.indexOf(' ') + 1).replaceAll("\\{[^}]+}", UUID.randomUUID().toString());

        Reply reply = http.send(method, path, method.equals("GET") || method.equals("DELETE") ? null : "{}");

        assertNotEquals(500, reply.status(), reply.toString());
        assertFalse(reply.status() == 404 && reply.body().contains("no endpoint"), operation + " is not served: " + reply);
    }
}
