package adengine.app.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import adengine.app.testing.HttpClientForTests;
import adengine.app.testing.HttpClientForTests.Reply;
import adengine.app.testing.TestServer;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A server started without ADMIN_API_TOKEN fails closed: its admin API answers requests made on
 * its own machine (so {@code curl localhost} works in the first hour) and nothing else. A request
 * relayed by a proxy stands for one from elsewhere here: every request of a test comes from
 * loopback, and a reverse proxy on the server's machine is exactly how a remote client would
 * arrive from a loopback address. Which remote addresses count as local is covered by
 * {@code AdminAccessTest} in the api module.
 */
class AdminWithoutTokenHttpTest {
    private static final String ELSEWHERE = "203.0.113.9";

    @RegisterExtension
    static final TestServer server = new TestServer();
    private static final HttpClientForTests http = server.http();

    @Test
    void fromThisMachineTheAdminApiAnswersWithoutAToken() {
        String advertiser = UUID.randomUUID().toString();

        Reply created = http.post("/advertisers/bulk", "[{\"advertiser_id\": \"" + advertiser + "\", \"name\": \"Local\"}]");
        Reply invite = http.post("/advertisers/" + advertiser + "/invites", null);

        assertEquals(201, created.status(), created.toString());
        assertEquals(200, http.get("/time").status());
        assertEquals(201, invite.status(), invite.toString());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"X-Forwarded-For", "Forwarded", "X-Real-IP"})
    void fromElsewhereTheAdminApiIsRefusedWithHowToSetTheToken(String header) {
        Reply reply = http.send(http.request("/time").header(header, header.equals("Forwarded") ? "for=" + ELSEWHERE : ELSEWHERE).GET());

        assertEquals(401, reply.status(), reply.toString());
        assertEquals("unauthorized", reply.json().get("error").textValue());
        assertTrue(reply.json().get("message").textValue().contains("ADMIN_API_TOKEN"), reply.body());
        assertEquals("Bearer", reply.header("WWW-Authenticate"));
    }

    @Test
    void fromElsewhereNoInviteIsMintedAndNothingIsStored() {
        String advertiser = UUID.randomUUID().toString();
        assertEquals(201, http.post("/advertisers/bulk", "[{\"advertiser_id\": \"" + advertiser + "\", \"name\": \"A\"}]").status());
        String intruder = UUID.randomUUID().toString();

        Reply invite = fromElsewhere(http.request("/advertisers/" + advertiser + "/invites").POST(BodyPublishers.noBody()));
        Reply create = fromElsewhere(http.request("/advertisers/bulk")
                .POST(BodyPublishers.ofString("[{\"advertiser_id\": \"" + intruder + "\", \"name\": \"Intruder\"}]")));

        assertEquals(401, invite.status(), invite.toString());
        assertEquals(401, create.status(), create.toString());
        assertEquals(404, http.get("/advertisers/" + intruder).status(), "the advertiser was not stored");
    }

    @Test
    void fromElsewhereABearerTokenOpensNothingWhenNoneIsConfigured() {
        Reply reply = fromElsewhere(http.request("/time").header("Authorization", "Bearer anything").GET());

        assertEquals(401, reply.status(), reply.toString());
    }

    @Test
    void fromElsewhereThePublicEndpointsStayPublic() {
        String unknown = UUID.randomUUID().toString();

        Reply health = fromElsewhere(http.request("/health").GET());
        Reply openApi = fromElsewhere(http.request("/openapi.yaml").GET());
        Reply docs = fromElsewhere(http.request("/docs").GET());
        Reply swaggerUi = fromElsewhere(http.request("/docs/swagger-ui.css").GET());
        Reply ad = fromElsewhere(http.request("/ads?client_id=" + unknown).GET());
        Reply click = fromElsewhere(http.request("/ads/" + unknown + "/click")
                .POST(BodyPublishers.ofString("{\"client_id\": \"" + unknown + "\"}")));
        Reply image = fromElsewhere(http.request("/ads/" + unknown + "/image").GET());

        assertEquals(200, health.status(), health.toString());
        assertEquals(200, openApi.status());
        assertEquals(200, docs.status());
        assertEquals(200, swaggerUi.status());
        assertEquals(404, ad.status(), "the ad slot's own answer for an unknown client: " + ad);
        assertEquals("not_found", ad.json().get("error").textValue());
        assertEquals(404, click.status(), click.toString());
        assertEquals(404, image.status(), image.toString());
    }

    @Test
    void fromElsewhereAHeadIsPublicWhereTheGetIs() {
        Reply health = fromElsewhere(http.request("/health").method("HEAD", BodyPublishers.noBody()));
        Reply time = fromElsewhere(http.request("/time").method("HEAD", BodyPublishers.noBody()));

        assertEquals(200, health.status());
        assertEquals(401, time.status());
    }

    private static Reply fromElsewhere(HttpRequest.Builder request) {
        return http.send(request.header("X-Forwarded-For", ELSEWHERE));
    }
}
