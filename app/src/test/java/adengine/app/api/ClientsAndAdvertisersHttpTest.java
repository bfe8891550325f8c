package adengine.app.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import adengine.app.testing.HttpClientForTests;
import adengine.app.testing.HttpClientForTests.Reply;
import adengine.app.testing.TestServer;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ClientsAndAdvertisersHttpTest {
    @RegisterExtension
    static final TestServer server = new TestServer();
    private static final HttpClientForTests http = server.http();

    @Test
    void bulkUpsertReturnsOnePerIdLastWinsInFirstOrder() {
        String a = UUID.randomUUID().toString();
        String b = UUID.randomUUID().toString();

        Reply reply = http.post("/clients/bulk", "[" + client(a, "first", 20) + "," + client(b, "bee", 30) + ","
                + client(a, "second", 21) + "]");

        assertEquals(201, reply.status(), reply.toString());
        JsonNode stored = reply.json();
        assertEquals(2, stored.size());
        assertEquals(a, stored.get(0).get("client_id").asText());
        assertEquals("second", stored.get(0).get("login").asText());
        assertEquals(21, stored.get(0).get("age").asInt());
        assertEquals(b, stored.get(1).get("client_id").asText());
        assertEquals("second", http.get("/clients/" + a).json().get("login").asText());
    }

    @Test
    void clientRoundTripsWithEveryField() {
        String id = UUID.randomUUID().toString();
        http.post("/clients/bulk", "[" + client(id, "anna", 150) + "]");

        JsonNode client = http.get("/clients/" + id).json();

        assertEquals(id, client.get("client_id").asText());
        assertEquals("anna", client.get("login").asText());
        assertEquals(150, client.get("age").asInt());
        assertEquals("Kazan", client.get("location").asText());
        assertEquals("FEMALE", client.get("gender").asText());
        assertEquals(5, client.size());
    }

    @Test
    void emptyBatchIsCreatedEmpty() {
        Reply reply = http.post("/clients/bulk", "[]");

        assertEquals(201, reply.status());
        assertEquals("[]", reply.body());
    }

    @Test
    void oneInvalidItemRejectsTheWholeBatchNamingIt() {
        String good = UUID.randomUUID().toString();
        String bad = """
                {"client_id": "%s", "login": "x", "age": 151, "location": "Kazan", "gender": "FEMALE"}
                """.formatted(UUID.randomUUID());

        Reply reply = http.post("/clients/bulk", "[" + client(good, "ok", 20) + "," + bad + "]");

        assertEquals(400, reply.status());
        assertEquals("validation_failed", reply.json().get("error").asText());
        assertEquals("[1].age", reply.json().get("details").get(0).get("field").asText());
        assertEquals(404, http.get("/clients/" + good).status(), "nothing of the batch is stored");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"login\": \"x\", \"age\": 20, \"location\": \"L\", \"gender\": \"MALE\"}",
        "{\"client_id\": \"not-a-uuid\", \"login\": \"x\", \"age\": 20, \"location\": \"L\", \"gender\": \"MALE\"}",
        "{\"client_id\": \"%s\", \"login\": \"   \", \"age\": 20, \"location\": \"L\", \"gender\": \"MALE\"}",
        "{\"client_id\": \"%s\", \"login\": \"x\", \"age\": \"20\", \"location\": \"L\", \"gender\": \"MALE\"}",
        "{\"client_id\": \"%s\", \"login\": \"x\", \"age\": 20.5, \"location\": \"L\", \"gender\": \"MALE\"}",
        "{\"client_id\": \"%s\", \"login\": \"x\", \"age\": -1, \"location\": \"L\", \"gender\": \"MALE\"}",
        "{\"client_id\": \"%s\", \"login\": \"x\", \"age\": 20, \"location\": \"L\", \"gender\": \"male\"}",
        "{\"client_id\": \"%s\", \"login\": \"x\", \"age\": 20, \"location\": \"L\", \"gender\": null}",
        "{\"client_id\": \"%s\", \"login\": \"x\\u0000y\", \"age\": 20, \"location\": \"L\", \"gender\": \"MALE\"}",
        "{\"client_id\": \"%s\", \"login\": 5, \"age\": 20, \"location\": \"L\", \"gender\": \"MALE\"}",
        "{\"client_id\": \"%s\", \"login\": \"x\", \"age\": 99999999999, \"location\": \"L\", \"gender\": \"MALE\"}",
        "7",
    })
    void invalidClientsAreBadRequests(String item) {
        Reply reply = http.post("/clients/bulk", "[" + item.formatted(UUID.randomUUID()) + "]");

        assertEquals(400, reply.status(), reply.toString());
        assertEquals("validation_failed", reply.json().get("error").asText());
        assertEquals(1, reply.json().get("details").size(), reply.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "{", "{\"client_id\": 1}", "[1,", "null", "[] []"})
    void bodiesThatAreNotAJsonArrayAreBadRequests(String body) {
        Reply reply = http.post("/clients/bulk", body);

        assertEquals(400, reply.status(), reply.toString());
        assertEquals("malformed_json", reply.json().get("error").asText());
    }

    @Test
    void moreThanTenThousandItemsIsTooLarge() {
        StringBuilder body = new StringBuilder("[");
        for (int i = 0; i <= 10_000; i++) {
            body.append(i == 0 ? "" : ",").append(client(UUID.randomUUID().toString(), "u", 20));
        }
        Reply reply = http.post("/clients/bulk", body.append("]").toString());

        assertEquals(413, reply.status());
        assertEquals("payload_too_large", reply.json().get("error").asText());
    }

    @Test
    void unknownOrMalformedIdsAreNotFoundOrBadRequest() {
        assertEquals(404, http.get("/clients/" + UUID.randomUUID()).status());
        assertEquals(404, http.get("/advertisers/" + UUID.randomUUID()).status());
        assertEquals(400, http.get("/clients/123").status());
        assertEquals("client_id", http.get("/clients/123").json().get("details").get(0).get("field").asText());
        assertEquals(400, http.get("/advertisers/zz").status());
    }

    @Test
    void advertisersUpsertAndRead() {
        String id = UUID.randomUUID().toString();

        Reply created = http.post("/advertisers/bulk", """
                [{"advertiser_id": "%1$s", "name": "Old"}, {"advertiser_id": "%1$s", "name": "New", "extra": true}]
                """.formatted(id));

        assertEquals(201, created.status(), created.toString());
        assertEquals(1, created.json().size());
        assertEquals("New", http.get("/advertisers/" + id).json().get("name").asText());
        assertEquals(400, http.post("/advertisers/bulk", "[{\"advertiser_id\": \"" + id + "\"}]").status());
    }

    @Test
    void mlScoresUpsertByPairAndNeedKnownIds() {
        String client = UUID.randomUUID().toString();
        String advertiser = UUID.randomUUID().toString();
        http.post("/clients/bulk", "[" + client(client, "c", 30) + "]");
        http.post("/advertisers/bulk", "[{\"advertiser_id\": \"" + advertiser + "\", \"name\": \"A\"}]");
        String score = "{\"client_id\": \"%s\", \"advertiser_id\": \"%s\", \"score\": %d}";

        Reply stored = http.post("/ml-scores", score.formatted(client, advertiser, 9_000_000_000L));
        Reply unknown = http.post("/ml-scores", score.formatted(UUID.randomUUID(), advertiser, 1));
        Reply bulk = http.post("/ml-scores/bulk", "[" + score.formatted(client, advertiser, 1) + ","
                + score.formatted(client, advertiser, 2) + "]");
        Reply bulkUnknown = http.post("/ml-scores/bulk", "[" + score.formatted(client, UUID.randomUUID(), 1) + "]");

        assertEquals(200, stored.status(), stored.toString());
        assertEquals(9_000_000_000L, stored.json().get("score").asLong());
        assertEquals(404, unknown.status());
        assertEquals(200, bulk.status());
        assertEquals(1, bulk.json().get("upserted").asInt());
        assertEquals(404, bulkUnknown.status());
        assertEquals(400, http.post("/ml-scores", score.formatted(client, advertiser, 1).replace("1}", "1.5}")).status());
        assertEquals(400, http.post("/ml-scores", "[]").status());
    }

    private static String client(String id, String login, int age) {
        return """
                {"client_id": "%s", "login": "%s", "age": %d, "location": "Kazan", "gender": "FEMALE"}
                """.formatted(id, login, age);
    }
}
