package adengine.api.client;

import static adengine.api.testing.Replies.assertError;
import static adengine.api.testing.Replies.assertJson;
import static adengine.api.testing.Replies.detailFields;
import static adengine.api.testing.Replies.json;
import static org.junit.jupiter.api.Assertions.assertEquals;

import adengine.api.testing.RouteServer;
import adengine.core.client.Client;
import adengine.core.client.Gender;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ClientRoutesTest {
    @RegisterExtension
    static final RouteServer server = new RouteServer();

    @Test
    void aBatchIsStoredAndEachClientAnsweredAsSent() {
        UUID id = UUID.randomUUID();
        String anna = client(id, "\"anna\"", "150", "\"FEMALE\"");

        JsonNode created = assertJson(server.call("POST", "/clients/bulk", "[" + anna + "]"), 201);

        assertEquals(json("[" + anna + "]"), created);
        assertEquals(Optional.of(new Client(id, "anna", 150, "Kazan", Gender.FEMALE)), server.clients().find(id));
        assertEquals(json(anna), assertJson(server.call("GET", "/clients/" + id, null), 200));
    }

    @Test
    void anEmptyBatchIs201Empty() {
        assertEquals(0, assertJson(server.call("POST", "/clients/bulk", "[]"), 201).size());
    }

    @Test
    void everyProblemOfABatchIsNamedByItsIndexAndNothingIsStored() {
        UUID valid = UUID.randomUUID();
        String batch = String.join(",",
                client(valid, "\"ok\"", "20", "\"MALE\""),
                client(UUID.randomUUID(), "\"old\"", "151", "\"MALE\""),
                client(UUID.randomUUID(), "\"x\"", "20", "\"OTHER\""),
                client(UUID.randomUUID(), "null", "\"20\"", "\"MALE\""),
                "\"not an object\"");

        JsonNode error = assertError(server.call("POST", "/clients/bulk", "[" + batch + "]"), 400, "validation_failed");

        assertEquals(List.of("[1].age", "[2].gender", "[3].age", "[3].login", "[4]"), detailFields(error));
        assertEquals(Optional.empty(), server.clients().find(valid));
    }

    @Test
    void anObjectWhereTheArrayBelongsIs400() {
        assertError(server.call("POST", "/clients/bulk", client(UUID.randomUUID(), "\"anna\"", "20", "\"MALE\"")),
                400, "malformed_json");
    }

    @Test
    void aBatchOverTheBulkLimitIs413() {
        String items = String.join(",", Collections.nCopies(10_001, "{}"));

        assertError(server.call("POST", "/clients/bulk", "[" + items + "]"), 413, "payload_too_large");
    }

    @Test
    void anUnknownClientIs404() {
        assertError(server.call("GET", "/clients/" + UUID.randomUUID(), null), 404, "not_found");
    }

    private static String client(UUID id, String login, String age, String gender) {
        return "{\"client_id\": \"" + id + "\", \"login\": " + login + ", \"age\": " + age + ", \"location\": \"Kazan\", \"gender\": "
                + gender + "}";
    }
}
