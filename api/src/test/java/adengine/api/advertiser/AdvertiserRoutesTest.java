package adengine.api.advertiser;

import static adengine.api.testing.Replies.assertError;
import static adengine.api.testing.Replies.assertJson;
import static adengine.api.testing.Replies.detailFields;
import static adengine.api.testing.Replies.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import adengine.api.testing.RouteServer;
import adengine.core.advertiser.Advertiser;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest.BodyPublishers;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class AdvertiserRoutesTest {
    @RegisterExtension
    static final RouteServer server = new RouteServer();

    @Test
    void bulkStoresOnePerIdLastWinningInTheOrderOfTheFirstAndAnswers201() {
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();

        JsonNode created = assertJson(server.call("POST", "/advertisers/bulk",
                "[" + advertiser(a, "first") + "," + advertiser(b, "Bee") + "," + advertiser(a, "second") + "]"), 201);

        assertEquals(json("[" + advertiser(a, "second") + "," + advertiser(b, "Bee") + "]"), created);
        assertEquals(Optional.of(new Advertiser(a, "second")), server.advertisers().find(a));
        assertEquals(Optional.of(new Advertiser(b, "Bee")), server.advertisers().find(b));
    }

    @Test
    void getAnswersTheStoredAdvertiser() {
        Advertiser stored = new Advertiser(UUID.randomUUID(), "Acme");
        server.advertisers().upsertAll(List.of(stored));

        assertEquals(json(advertiser(stored.advertiserId(), "Acme")),
                assertJson(server.call("GET", "/advertisers/" + stored.advertiserId(), null), 200));
    }

    @Test
    void anUnknownAdvertiserIs404NamingIt() {
        UUID unknown = UUID.randomUUID();

        JsonNode error = assertError(server.call("GET", "/advertisers/" + unknown, null), 404, "not_found");

        assertTrue(error.get("message").asText().contains(unknown.toString()), error.toString());
    }

    @Test
    void aBadIdInThePathIs400NamingTheParameter() {
        JsonNode error = assertError(server.call("GET", "/advertisers/not-a-uuid", null), 400, "validation_failed");

        assertEquals(List.of("advertiser_id"), detailFields(error));
    }

    @Test
    void aBodyThatIsNotJsonIs400SayingSoAndStoresNothing() {
        UUID id = UUID.randomUUID();

        JsonNode error = assertError(server.call("POST", "/advertisers/bulk", "[" + advertiser(id, "Acme")), 400, "malformed_json");

        assertTrue(error.get("message").asText().startsWith("the body is not valid JSON"), error.toString());
        assertEquals(Optional.empty(), server.advertisers().find(id));
    }

    @Test
    void aBodySentAsAnotherTypeThanJsonIs415NamingItAndStoresNothing() {
        UUID id = UUID.randomUUID();

        JsonNode error = assertError(server.send(server.request("/advertisers/bulk").header("Content-Type", "text/plain")
                .POST(BodyPublishers.ofString("[" + advertiser(id, "Acme") + "]"))), 415, "unsupported_media_type");

        assertTrue(error.get("message").asText().contains("text/plain"), error.toString());
        assertEquals(Optional.empty(), server.advertisers().find(id));
    }

    @Test
    void oneInvalidItemRejectsTheWholeBatchNamingItByIndex() {
        UUID valid = UUID.randomUUID();

        JsonNode error = assertError(server.call("POST", "/advertisers/bulk",
                "[" + advertiser(valid, "Acme") + "," + advertiser(UUID.randomUUID(), " ") + "]"), 400, "validation_failed");

        assertEquals(List.of("[1].name"), detailFields(error));
        assertEquals(Optional.empty(), server.advertisers().find(valid));
    }

    private static String advertiser(UUID id, String name) {
        return "{\"advertiser_id\": \"" + id + "\", \"name\": \"" + name + "\"}";
    }
}
