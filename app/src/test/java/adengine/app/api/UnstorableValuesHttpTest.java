package adengine.app.api;

import static adengine.app.testing.AdFixtures.campaigns;
import static adengine.app.testing.AdFixtures.uniqueLocation;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import adengine.app.testing.AdFixtures;
import adengine.app.testing.HttpClientForTests;
import adengine.app.testing.HttpClientForTests.Reply;
import adengine.app.testing.TestServer;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Values that JSON can carry but nothing can store or echo exactly: numbers with huge exponents
 * in every numeric field, and strings with a lone UTF-16 surrogate (escaped, or as the raw bytes
 * some encoders produce). Each is a 400 that changes nothing, never a 5xx or a '?' in the database.
 */
class UnstorableValuesHttpTest {
    private static final String[] HUGE_EXPONENTS = {"0E-1000000000", "1E+1000000000", "1E-1000000000", "-1E+999999999",
            "1E999999999999", "1e2147483648"};

    @RegisterExtension
    static final TestServer server = new TestServer();
    private static final HttpClientForTests http = server.http();
    private static final AdFixtures fixtures = new AdFixtures(http);

    static Stream<Arguments> numbersWithHugeExponents() {
        return Stream.of(HUGE_EXPONENTS).flatMap(number -> Stream.of(
                Arguments.of("cost_per_impression", number),
                Arguments.of("cost_per_click", number),
                Arguments.of("impressions_limit", number),
                Arguments.of("clicks_limit", number),
                Arguments.of("start_date", number),
                Arguments.of("end_date", number),
                Arguments.of("targeting.age_from", number),
                Arguments.of("targeting.age_to", number)));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("numbersWithHugeExponents")
    void aCampaignFieldWithAHugeExponentIsABadRequestOnCreateAndUpdate(String field, String number) {
        String advertiser = fixtures.newAdvertiser();
        int today = fixtures.today();
        String campaignId = fixtures.campaign(advertiser).startDate(today + 1).endDate(today + 5).create();
        JsonNode before = http.get(campaigns(advertiser) + "/" + campaignId).json();
        boolean inTargeting = field.startsWith("targeting.");
        String key = inTargeting ? "targeting" : field;
        String value = inTargeting ? "{\"" + field.substring("targeting.".length()) + "\": " + number + "}" : number;

        Reply create = fixtures.campaign(advertiser).startDate(today + 1).endDate(today + 5).rawField(key, value).post();
        Reply update = http.put(campaigns(advertiser) + "/" + campaignId, "{\"" + key + "\": " + value + "}");

        assertBadRequest(create);
        assertBadRequest(update);
        assertEquals(1, http.get(campaigns(advertiser)).json().size(), "no campaign was created");
        assertEquals(before, http.get(campaigns(advertiser) + "/" + campaignId).json(), "the campaign is unchanged");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hugeExponents")
    void theOtherNumericFieldsWithAHugeExponentAreBadRequests(String number) {
        String client = UUID.randomUUID().toString();
        String advertiser = fixtures.newAdvertiser();
        String known = fixtures.newClient(uniqueLocation());
        int today = fixtures.today();

        Reply clients = http.post("/clients/bulk",
                "[{\"client_id\": \"" + client + "\", \"login\": \"x\", \"age\": " + number + ", \"location\": \"L\", \"gender\": \"MALE\"}]");
        Reply score = http.post("/ml-scores", scoreBody(known, advertiser, number));
        Reply scores = http.post("/ml-scores/bulk", "[" + scoreBody(known, advertiser, number) + "]");
        Reply time = http.post("/time/advance", "{\"current_date\": " + number + "}");
        Reply simulation = http.post("/simulation/control", "{\"enabled\": true, \"requests_per_second\": " + number + "}");
        Reply page = http.get(campaigns(advertiser) + "?size=" + number + "&page=" + number);

        for (Reply reply : new Reply[] {clients, score, scores, time, simulation, page}) {
            assertBadRequest(reply);
        }
        assertEquals(404, http.get("/clients/" + client).status(), "the client was not stored");
        assertEquals(today, fixtures.today(), "the day did not move");
        assertEquals(false, http.get("/simulation/control").json().get("enabled").booleanValue());
    }

    static Stream<String> hugeExponents() {
        return Stream.of(HUGE_EXPONENTS);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"\\ud800", "\\udfff", "a\\udc00b", "\\ude00\\ud83d", "tail \\ud83d"})
    void aLoneSurrogateInAStringIsABadRequestAndNothingIsStored(String escaped) {
        String client = UUID.randomUUID().toString();
        String advertiser = UUID.randomUUID().toString();
        String owner = fixtures.newAdvertiser();
        int today = fixtures.today();

        Reply clients = http.post("/clients/bulk",
                "[{\"client_id\": \"" + client + "\", \"login\": \"" + escaped + "\", \"age\": 30, \"location\": \"L\", \"gender\": \"MALE\"}]");
        Reply advertisers = http.post("/advertisers/bulk", "[{\"advertiser_id\": \"" + advertiser + "\", \"name\": \"" + escaped + "\"}]");
        Reply created = fixtures.campaign(owner).startDate(today).endDate(today + 5)
                .rawField("ad_title", "\"Coffee " + escaped + "\"").post();

        assertBadRequest(clients);
        assertEquals("[0].login", clients.json().get("details").get(0).get("field").asText(), clients.toString());
        assertBadRequest(advertisers);
        assertBadRequest(created);
        assertEquals("ad_title", created.json().get("details").get(0).get("field").asText(), created.toString());
        assertEquals(404, http.get("/clients/" + client).status());
        assertEquals(404, http.get("/advertisers/" + advertiser).status());
        assertEquals(0, http.get(campaigns(owner)).json().size());
    }

    @Test
    void aLoneSurrogateSentAsRawBytesIsABadRequest() {
        String client = UUID.randomUUID().toString();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("[{\"client_id\": \"" + client + "\", \"login\": \"x").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80});
        body.writeBytes("\", \"age\": 30, \"location\": \"L\", \"gender\": \"MALE\"}]".getBytes(StandardCharsets.UTF_8));

        Reply reply = http.send(http.request("/clients/bulk").header("Content-Type", "application/json")
                .POST(BodyPublishers.ofByteArray(body.toByteArray())));

        assertBadRequest(reply);
        assertEquals(404, http.get("/clients/" + client).status());
    }

    @Test
    void aWholeSurrogatePairIsStoredAsSent() {
        String client = UUID.randomUUID().toString();

        Reply reply = http.post("/clients/bulk",
                "[{\"client_id\": \"" + client + "\", \"login\": \"smile \\ud83d\\ude00\", \"age\": 30, \"location\": \"L\", \"gender\": \"MALE\"}]");

        assertEquals(201, reply.status(), reply.toString());
        assertEquals("smile \uD83D\uDE00", http.get("/clients/" + client).json().get("login").textValue());
    }

    private static String scoreBody(String client, String advertiser, String number) {
        return "{\"client_id\": \"" + client + "\", \"advertiser_id\": \"" + advertiser + "\", \"score\": " + number + "}";
    }

    private static void assertBadRequest(Reply reply) {
        assertEquals(400, reply.status(), reply.toString());
        assertTrue(Set.of("validation_failed", "malformed_json").contains(reply.json().get("error").asText()), reply.toString());
    }
}
