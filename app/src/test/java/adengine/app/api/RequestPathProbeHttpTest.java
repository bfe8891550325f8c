package adengine.app.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import adengine.app.testing.HttpClientForTests;
import adengine.app.testing.HttpClientForTests.Reply;
import adengine.app.testing.RawHttp;
import adengine.app.testing.RawHttp.Answer;
import adengine.app.testing.TestServer;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Requests without the admin token whose path or method reads one way to the router and another
 * way after decoding: none may reach an admin handler, none may fail with a 5xx, and none changes
 * anything. Each is sent to a server with an admin token, and to one without a token as if from
 * elsewhere (through a proxy). Which 4xx refuses a probe is left open, since the web server may
 * refuse some of them before the application sees them; what must never be seen is an answer of
 * an admin handler: a 2xx or 3xx, or an error that only a handler gives (a bad id, a missing
 * record, a body problem).
 */
class RequestPathProbeHttpTest {
    private static final String TOKEN = "probe-token";
    private static final Set<String> HANDLER_ERRORS = Set.of("validation_failed", "malformed_json", "not_found",
            "forbidden", "conflict", "moderation_rejected", "unsupported_media_type", "payload_too_large");
    private static final String CLIENT = UUID.randomUUID().toString();
    private static final String ADVERTISER = UUID.randomUUID().toString();
    private static final String CAMPAIGN = UUID.randomUUID().toString();
    private static final String LOGIN = "probe-login-" + UUID.randomUUID();

    @RegisterExtension
    static final TestServer withToken = new TestServer(TOKEN);
    @RegisterExtension
    static final TestServer withoutToken = new TestServer();

    @BeforeAll
    static void createAClientAndAnAdvertiser() {
        for (TestServer server : new TestServer[] {withToken, withoutToken}) {
            HttpClientForTests admin = server.http();
            assertEquals(201, admin.post("/clients/bulk", """
                    [{"client_id": "%s", "login": "%s", "age": 30, "location": "Probe", "gender": "MALE"}]
                    """.formatted(CLIENT, LOGIN)).status());
            assertEquals(201, admin.post("/advertisers/bulk", """
                    [{"advertiser_id": "%s", "name": "Probe"}]""".formatted(ADVERTISER)).status());
        }
    }

    static Stream<Arguments> probes() {
        String c = CLIENT;
        String k = CAMPAIGN;
        return Stream.of(
                probe("GET", "/clients/..%2fads%2fx%2fimage"),
                probe("GET", "/clients/..%2Fads%2F" + k + "%2Fimage"),
                probe("GET", "/clients/" + c + "%2f..%2f..%2fhealth"),
                probe("GET", "/advertisers/" + ADVERTISER + "/campaigns/" + k + "%2f..%2f..%2f..%2f..%2fads%2f" + k + "%2fimage"),
                probe("GET", "/ads/%2e%2e/clients/" + c),
                probe("GET", "/ads/%2E%2E/%2E%2E/clients/" + c),
                probe("GET", "/health/../clients/" + c),
                probe("GET", "/ads/" + k + "/image/../../../clients/" + c),
                probe("GET", "/ads/" + k + "/image/..%2f..%2f..%2fclients%2f" + c),
                probe("GET", "/clients/" + c + ";/../../health"),
                probe("GET", "/clients/" + c + ";jsessionid=1"),
                probe("GET", "/clients;x=1/" + c),
                probe("GET", "//clients/" + c),
                probe("GET", "/clients//" + c),
                probe("GET", "/clients/" + c + "/"),
                probe("POST", "//time/advance"),
                probe("POST", "/time//advance"),
                probe("POST", "/time/advance/"),
                probe("POST", "/time/advance;/../../ads/" + k + "/click"),
                probe("GET", "/clients/" + c + "%00"),
                probe("GET", "/clients/" + c + "%00/../../health"),
                probe("GET", "/CLIENTS/" + c),
                probe("GET", "/Clients/" + c),
                probe("GET", "/TIME"),
                probe("GET", "/clients/%c0%ae%c0%ae%c0%afads%c0%af" + k + "%c0%afimage"),
                probe("GET", "/clients/" + c + "%c0%af..%c0%af..%c0%afhealth"),
                probe("GET", "/clients/\u00c0\u00ae\u00c0\u00ae/health"),
                probe("GET", "/ads/" + k + "/image\u00c0\u00af..\u00c0\u00af..\u00c0\u00afclients\u00c0\u00af" + c),
                override("GET", "/time", "GET"),
                override("GET", "/time/advance", "POST"),
                override("GET", "/ads/" + k + "/image", "DELETE"),
                override("GET", "/ads/" + k + "/delete-image", "DELETE"),
                override("POST", "/ads/" + k + "/click", "PUT"),
                override("GET", "/ads?client_id=" + c, "POST"));
    }

    private static Arguments probe(String method, String target) {
        return Arguments.of(method, target, Map.of());
    }

    private static Arguments override(String method, String target, String overriddenTo) {
        return Arguments.of(method, target, Map.of("X-HTTP-Method-Override", overriddenTo));
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("probes")
    void withoutTheTokenNoProbeReachesAnAdminHandler(String method, String target, Map<String, String> headers) {
        assertRefused(withToken, method, target, headers);
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("probes")
    void withoutAConfiguredTokenNoProbeFromElsewhereReachesAnAdminHandler(String method, String target, Map<String, String> headers) {
        Map<String, String> throughAProxy = new java.util.HashMap<>(headers);
        throughAProxy.put("X-Forwarded-For", "203.0.113.9");

        assertRefused(withoutToken, method, target, throughAProxy);
    }

    /** The control: with the token (or from this machine without one) the same records are reachable, so a refusal above means something. */
    @Test
    void plainRequestsReachTheHandlers() {
        for (TestServer server : new TestServer[] {withToken, withoutToken}) {
            Reply client = server.http().get("/clients/" + CLIENT);
            Answer health = RawHttp.send(server.application().port(), "GET", "/health", Map.of(), null);

            assertEquals(200, client.status(), client.toString());
            assertEquals(LOGIN, client.json().get("login").textValue());
            assertEquals(200, health.status(), health.toString());
        }
    }

    @Test
    void theRefusalOfAnAmbiguousPathSaysWhy() {
        Answer encodedSlash = RawHttp.send(withToken.application().port(), "GET", "/clients/..%2fads%2fx%2fimage", Map.of(), null);
        Answer override = RawHttp.send(withToken.application().port(), "GET", "/time",
                Map.of("X-HTTP-Method-Override", "GET", "Authorization", "Bearer " + TOKEN), null);

        assertEquals(400, encodedSlash.status(), encodedSlash.toString());
        assertEquals("bad_request", encodedSlash.error());
        assertTrue(encodedSlash.body().contains("percent-encoded"), encodedSlash.body());
        assertEquals(400, override.status(), "even with the token: " + override);
        assertTrue(override.body().contains("X-HTTP-Method-Override"), override.body());
    }

    /* Jetty closes the connection after refusing a NUL in the path; a client that was not told would reuse it and lose its next request. */
    @Test
    void aRequestTheWebServerRefusesItselfIsToldTheConnectionCloses() {
        Answer answer = RawHttp.send(withToken.application().port(), "POST", "/ads/%00/click", Map.of(), "{}");

        assertEquals(400, answer.status(), answer.toString());
        assertEquals("close", answer.headers().get("connection"), answer.toString());
    }

    @Test
    void everyAnswerSaysNosniff() {
        int port = withToken.application().port();
        Map<String, String> token = Map.of("Authorization", "Bearer " + TOKEN);

        for (Answer answer : new Answer[] {
                RawHttp.send(port, "GET", "/time", token, null),
                RawHttp.send(port, "GET", "/health", Map.of(), null),
                RawHttp.send(port, "GET", "/openapi.yaml", Map.of(), null),
                RawHttp.send(port, "GET", "/time", Map.of(), null),
                RawHttp.send(port, "GET", "/clients/not-a-uuid", token, null),
                RawHttp.send(port, "GET", "/no/such/endpoint", token, null),
                RawHttp.send(port, "GET", "/time//x", Map.of(), null)}) {
            assertEquals("nosniff", answer.headers().get("x-content-type-options"), answer.toString());
        }
    }

    private static void assertRefused(TestServer server, String method, String target, Map<String, String> headers) {
        HttpClientForTests admin = server.http();
        int dayBefore = admin.get("/time").json().get("current_date").intValue();
        String body = method.equals("POST") ? "{\"current_date\": 42, \"client_id\": \"" + CLIENT + "\"}" : null;

        Answer answer = RawHttp.send(server.application().port(), method, target, headers, body);

        assertTrue(answer.status() == 400 || answer.status() == 401, "refused before any handler: " + answer);
        assertFalse(HANDLER_ERRORS.contains(answer.error()), "an answer that only a handler gives: " + answer);
        assertFalse(answer.body().contains(LOGIN), "no client record in the answer");
        assertEquals(dayBefore, admin.get("/time").json().get("current_date").intValue(), "the day did not move");
    }
}
