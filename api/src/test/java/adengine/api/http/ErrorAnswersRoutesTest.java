package adengine.api.http;

import static adengine.api.testing.Replies.assertError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import adengine.api.testing.RouteServer;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What every route answers when it does not answer itself. */
class ErrorAnswersRoutesTest {
    @RegisterExtension
    static final RouteServer server = new RouteServer();

    @Test
    void anUnknownEndpointIs404NamingIt() {
        JsonNode error = assertError(server.call("GET", "/nothing-here", null), 404, "not_found");

        assertEquals("no endpoint GET /nothing-here", error.get("message").asText());
    }

    @Test
    void anAdminEndpointWithoutTheTokenIs401AskingForABearerToken() {
        HttpResponse<String> response = server.send(HttpRequest.newBuilder(server.uri("/advertisers/" + UUID.randomUUID())));

        assertError(response, 401, "unauthorized");
        assertEquals("Bearer", response.headers().firstValue("WWW-Authenticate").orElse(null));
    }

    @Test
    void aMethodOverrideHeaderIs400AndIsNotFollowed() {
        server.clock().set(2);

        assertError(server.send(server.request("/time/advance").header(UnambiguousRequests.METHOD_OVERRIDE, "POST").GET()),
                400, "bad_request");
        assertEquals(2, server.clock().currentDay(), "the day did not advance");
    }

    @Test
    void anUnexpectedFailureIs500WithoutItsDetails() {
        // the ML scores of this server are an unused port, which fails every call
        JsonNode error = assertError(server.call("POST", "/ml-scores",
                        "{\"client_id\": \"" + UUID.randomUUID() + "\", \"advertiser_id\": \"" + UUID.randomUUID() + "\", \"score\": 1}"),
                500, "internal_error");

        assertFalse(error.get("message").asText().contains("MlScoreRepository"), error.toString());
    }
}
