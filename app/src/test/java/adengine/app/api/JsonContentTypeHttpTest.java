package adengine.app.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import adengine.app.testing.AdFixtures;
import adengine.app.testing.CampaignBuilder;
import adengine.app.testing.HttpClientForTests;
import adengine.app.testing.HttpClientForTests.Reply;
import adengine.app.testing.RawHttp;
import adengine.app.testing.RawHttp.Answer;
import adengine.app.testing.TestServer;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every route that reads a JSON body refuses one declared as another type (415) and stores nothing;
 * JSON types, with parameters or as a {@code +json} suffix, and a missing type are read as JSON.
 */
class JsonContentTypeHttpTest {
    private static final List<String> NOT_JSON = List.of("text/plain", "text/plain; charset=utf-8",
            "application/x-www-form-urlencoded", "application/xml", "text/json", "multipart/form-data; boundary=x",
            "application/jsonx", "application/+json", "json", "*/*");

    @RegisterExtension
    static final TestServer server = new TestServer();
    private static final HttpClientForTests http = server.http();
    private static final AdFixtures fixtures = new AdFixtures(http);

    /** One request per route that reads a JSON body: method, path and a body valid for it. */
    static Stream<Arguments> jsonRoutes() {
        String advertiser = fixtures.newAdvertiser();
        String client = fixtures.newClient(AdFixtures.uniqueLocation());
        String campaign = omskCampaign(advertiser).create();
        return Stream.of(
                Arguments.of("POST", "/clients/bulk", "[{\"client_id\": \"" + UUID.randomUUID()
                        + "\", \"login\": \"a\", \"age\": 30, \"location\": \"Omsk\", \"gender\": \"MALE\"}]"),
                Arguments.of("POST", "/advertisers/bulk", "[{\"advertiser_id\": \"" + UUID.randomUUID() + "\", \"name\": \"A\"}]"),
                Arguments.of("POST", "/ml-scores", scoreOf(client, advertiser)),
                Arguments.of("POST", "/ml-scores/bulk", "[" + scoreOf(client, advertiser) + "]"),
                Arguments.of("POST", AdFixtures.campaigns(advertiser), omskCampaign(advertiser).json()),
                Arguments.of("PUT", AdFixtures.campaigns(advertiser) + "/" + campaign, "{\"ad_title\": \"changed\"}"),
                Arguments.of("POST", "/ads/" + campaign + "/click", "{\"client_id\": \"" + client + "\"}"),
                Arguments.of("POST", "/time/advance", "{\"current_date\": " + fixtures.today() + "}"),
                Arguments.of("POST", "/moderation/toggle", "{\"enabled\": true}"),
                Arguments.of("POST", "/generate_ad_text", "{\"ad_title\": \"Coffee\", \"advertiser_name\": \"Cafe\"}"),
                Arguments.of("POST", "/simulation/control", "{\"enabled\": false}"));
    }

    static Stream<Arguments> jsonRoutesWithOtherTypes() {
        return jsonRoutes().flatMap(route -> NOT_JSON.stream().map(type -> Arguments.of(route.get()[0], route.get()[1], route.get()[2], type)));
    }

    @ParameterizedTest(name = "{0} {1} as [{3}]")
    @MethodSource("jsonRoutesWithOtherTypes")
    void aBodyDeclaredAsAnotherTypeIsRefusedOnEveryJsonRoute(String method, String path, String body, String contentType) {
        Reply reply = send(method, path, body, contentType);

        assertEquals(415, reply.status(), reply.toString());
        assertEquals("unsupported_media_type", reply.json().get("error").asText(), reply.toString());
        assertTrue(reply.json().get("message").asText().contains("application/json"), reply.toString());
    }

    @Test
    void aRefusedBodyStoresNothing() {
        String advertiserId = UUID.randomUUID().toString();
        String advertiser = fixtures.newAdvertiser();
        boolean moderation = http.get("/moderation").json().get("enabled").asBoolean();

        Reply bulk = send("POST", "/advertisers/bulk", "[{\"advertiser_id\": \"" + advertiserId + "\", \"name\": \"A\"}]", "text/plain");
        Reply created = send("POST", AdFixtures.campaigns(advertiser), omskCampaign(advertiser).json(),
                "application/x-www-form-urlencoded");
        Reply toggled = send("POST", "/moderation/toggle", "{\"enabled\": " + !moderation + "}", "application/xml");

        assertEquals(List.of(415, 415, 415), List.of(bulk.status(), created.status(), toggled.status()));
        assertEquals(404, http.get("/advertisers/" + advertiserId).status());
        assertEquals("0", http.get(AdFixtures.campaigns(advertiser)).header("X-Total-Count"));
        assertEquals(moderation, http.get("/moderation").json().get("enabled").asBoolean());
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"application/json", "application/json; charset=utf-8", "Application/JSON;charset=UTF-8",
        " application/json ", "application/vnd.adengine+json", "application/merge-patch+json", ""})
    void jsonTypesAndAMissingTypeAreReadAsJson(String contentType) {
        String advertiserId = UUID.randomUUID().toString();

        Reply reply = send("POST", "/advertisers/bulk", "[{\"advertiser_id\": \"" + advertiserId + "\", \"name\": \"A\"}]",
                contentType.isEmpty() ? null : contentType);

        assertEquals(201, reply.status(), reply.toString());
        assertEquals(200, http.get("/advertisers/" + advertiserId).status());
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"application/x-www-form-urlencoded", "text/plain"})
    void anEmptyBodyHasNoTypeToRefuse(String contentType) {
        int today = fixtures.today();

        Reply reply = send("POST", "/time/advance", "", contentType);

        assertEquals(200, reply.status(), reply.toString());
        assertEquals(today + 1, reply.json().get("current_date").intValue());
    }

    private static String scoreOf(String client, String advertiser) {
        return "{\"client_id\": \"" + client + "\", \"advertiser_id\": \"" + advertiser + "\", \"score\": 5}";
    }

    /** A valid campaign in Omsk, dated tomorrow and the day after. */
    private static CampaignBuilder omskCampaign(String advertiser) {
        return fixtures.campaign(advertiser).location("Omsk").startDate(fixtures.today() + 1).endDate(fixtures.today() + 2);
    }

    /** Sends the body with this Content-Type, or none when null. */
    /* Jetty closes the connection after an answer that left a multipart body unread: the client is told, or it loses its next request. */
    @Test
    void aMultipartBodyLeftUnreadClosesTheConnectionAndSaysSo() {
        Answer answer = RawHttp.send(server.application().port(), "POST", "/ml-scores/bulk",
                Map.of("Content-Type", "multipart/form-data; boundary=x"), "[]");

        assertEquals(415, answer.status(), answer.toString());
        assertEquals("close", answer.headers().get("connection"), answer.toString());
    }

    private static Reply send(String method, String path, String body, String contentType) {
        HttpRequest.Builder request = http.request(path).method(method, HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return http.send(request);
    }
}
