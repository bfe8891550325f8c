package adengine.app.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import adengine.app.testing.HttpClientForTests;
import adengine.app.testing.HttpClientForTests.Reply;
import adengine.app.testing.TestServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** A server configured with an admin token: every admin endpoint needs {@code Authorization: Bearer <token>}. */
class AdminTokenHttpTest {
    private static final String TOKEN = "s3cret-token";

    @RegisterExtension
    static final TestServer server = new TestServer(TOKEN);
    private static final HttpClientForTests http = server.http();

    static Stream<Arguments> adminEndpoints() {
        String advertiser = UUID.randomUUID().toString();
        String campaign = UUID.randomUUID().toString();
        return Stream.of(
                Arguments.of("GET", "/time", null),
                Arguments.of("POST", "/time/advance", "{}"),
                Arguments.of("POST", "/clients/bulk", "[]"),
                Arguments.of("GET", "/clients/" + UUID.randomUUID(), null),
                Arguments.of("POST", "/advertisers/bulk", "[]"),
                Arguments.of("GET", "/advertisers/" + advertiser, null),
                Arguments.of("POST", "/ml-scores", "{}"),
                Arguments.of("GET", "/advertisers/" + advertiser + "/campaigns", null),
                Arguments.of("POST", "/advertisers/" + advertiser + "/campaigns", "{}"),
                Arguments.of("PUT", "/advertisers/" + advertiser + "/campaigns/" + campaign, "{}"),
                Arguments.of("DELETE", "/advertisers/" + advertiser + "/campaigns/" + campaign, null));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("adminEndpoints")
    void adminEndpointWithoutTheHeaderIsUnauthorized(String method, String path, String body) {
        Reply reply = http.send(http.request(path).method(method, publisher(body)));

        assertUnauthorized(reply);
    }

    /* Each on a new connection: see the two same-connection tests below for why that matters. */
    @ParameterizedTest(name = "Authorization: {0}")
    @ValueSource(strings = {"Bearer wrong-token", "Bearer s3cret-toke", "Bearer s3cret-token-and-more", "Bearer ",
            "s3cret-token", "Basic s3cret-token", "Bearers3cret-token", "Bearer S3CRET-TOKEN"})
    void wrongTokenIsUnauthorized(String authorization) {
        Reply reply = send(newConnection(), http.request("/time").header("Authorization", authorization).GET());

        assertUnauthorized(reply);
    }

    /*
     * One HTTP/1.1 connection, as any keep-alive client uses: the server must judge the token of
     * every request on its own, whatever an earlier request on the same connection carried.
     */
    @Test
    void tokenInAnotherCaseIsUnauthorizedAlsoAfterTheRightTokenOnTheSameConnection() {
        HttpClient oneConnection = newConnection();

        int right = status(oneConnection, "Bearer " + TOKEN);
        int upperCase = status(oneConnection, "Bearer " + TOKEN.toUpperCase(Locale.ROOT));
        int mixedCase = status(oneConnection, "Bearer S3cret-Token");

        assertEquals(200, right);
        assertEquals(401, upperCase, "Bearer S3CRET-TOKEN after the right token");
        assertEquals(401, mixedCase, "Bearer S3cret-Token after the right token");
    }

    @Test
    void rightTokenIsAcceptedAlsoAfterAWrongCaseTokenOnTheSameConnection() {
        HttpClient oneConnection = newConnection();

        int upperCase = status(oneConnection, "Bearer " + TOKEN.toUpperCase(Locale.ROOT));
        int right = status(oneConnection, "Bearer " + TOKEN);

        assertEquals(401, upperCase);
        assertEquals(200, right, "the right token after Bearer S3CRET-TOKEN");
    }

    @Test
    void theRightTokenGetsTheNormalAnswers() {
        String unknown = UUID.randomUUID().toString();

        Reply time = withToken(http.request("/time").GET());
        Reply clients = withToken(http.request("/clients/bulk").POST(HttpRequest.BodyPublishers.ofString("[]")));
        Reply advertiser = withToken(http.request("/advertisers/" + unknown).GET());

        assertEquals(200, time.status(), time.toString());
        assertTrue(time.json().has("current_date"), time.body());
        assertEquals(201, clients.status(), clients.toString());
        assertEquals("[]", clients.body());
        assertEquals(404, advertiser.status(), advertiser.toString());
        assertEquals("not_found", advertiser.json().get("error").textValue());
    }

    @Test
    void anUnauthorizedRequestChangesNothing() {
        String advertiser = UUID.randomUUID().toString();
        String body = "[{\"advertiser_id\": \"" + advertiser + "\", \"name\": \"Intruder\"}]";
        int dayBefore = http.get("/time").json().get("current_date").intValue();

        Reply create = http.send(http.request("/advertisers/bulk").POST(HttpRequest.BodyPublishers.ofString(body)));
        Reply advance = http.send(http.request("/time/advance")
                .header("Authorization", "Bearer wrong").POST(HttpRequest.BodyPublishers.ofString("{}")));

        assertUnauthorized(create);
        assertUnauthorized(advance);
        assertEquals(404, http.get("/advertisers/" + advertiser).status(), "the advertiser was not stored");
        assertEquals(dayBefore, http.get("/time").json().get("current_date").intValue(), "the day did not move");
    }

    @Test
    void theClientOfTheTestsSendsTheTokenByItself() {
        String advertiser = UUID.randomUUID().toString();

        Reply created = http.post("/advertisers/bulk", "[{\"advertiser_id\": \"" + advertiser + "\", \"name\": \"A\"}]");

        assertEquals(201, created.status(), created.toString());
        assertEquals("A", http.get("/advertisers/" + advertiser).json().get("name").textValue());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/health", "/health/live"})
    void healthIsPublic(String path) {
        Reply reply = http.send(http.request(path).GET());

        assertEquals(200, reply.status(), reply.toString());
        assertEquals("UP", reply.json().get("status").textValue(), reply.body());
    }

    @Test
    void openApiDocumentIsPublic() {
        Reply reply = http.send(http.request("/openapi.yaml").GET());

        assertEquals(200, reply.status(), reply.toString());
        assertTrue(reply.body().contains("openapi: 3"), "an OpenAPI 3 document");
    }

    @Test
    void swaggerUiIsPublic() {
        Reply page = http.send(http.request("/docs").GET());
        Reply script = http.send(http.request("/docs/swagger-ui-bundle.js").GET());

        assertEquals(200, page.status(), page.toString());
        assertTrue(page.body().contains("/docs/swagger-ui-bundle.js"), page.body());
        assertEquals(200, script.status(), "swagger-ui-bundle.js: " + script.status());
        assertTrue(script.body().length() > 1000, "the script has content");
    }

    @Test
    void theRootRedirectsToTheDocsWithoutAToken() {
        Reply reply = http.send(http.request("/").GET());

        assertEquals(302, reply.status(), reply.toString());
        assertEquals("/docs", reply.header("Location"));
    }

    @Test
    void publicEndpointsAlsoAnswerWithAWrongToken() {
        Reply reply = http.send(http.request("/health").header("Authorization", "Bearer wrong").GET());

        assertEquals(200, reply.status(), reply.toString());
    }

    /** A client of its own, so its requests share one new HTTP/1.1 keep-alive connection. */
    private static HttpClient newConnection() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    }

    /** The status of GET /time sent with this Authorization header by {@code client}. */
    private static int status(HttpClient client, String authorization) {
        return send(client, http.request("/time").header("Authorization", authorization).GET()).status();
    }

    private static Reply send(HttpClient client, HttpRequest.Builder request) {
        try {
            return new Reply(client.send(request.build(), HttpResponse.BodyHandlers.ofString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Reply withToken(HttpRequest.Builder request) {
        return http.send(request.header("Authorization", "Bearer " + TOKEN));
    }

    private static HttpRequest.BodyPublisher publisher(String body) {
        return body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body);
    }

    private static void assertUnauthorized(Reply reply) {
        assertEquals(401, reply.status(), reply.toString());
        assertEquals("unauthorized", reply.json().get("error").textValue(), reply.toString());
    }
}
