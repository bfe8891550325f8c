package adengine.app.api;

import static adengine.app.testing.AdFixtures.uniqueLocation;
import static org.junit.jupiter.api.Assertions.assertEquals;

import adengine.app.testing.AdFixtures;
import adengine.app.testing.HttpClientForTests;
import adengine.app.testing.HttpClientForTests.Reply;
import adengine.app.testing.TestServer;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Pausing and resuming a campaign: never served while paused, served again once resumed. */
class CampaignPauseHttpTest {
    @RegisterExtension
    static final TestServer server = new TestServer();
    private static final HttpClientForTests http = server.http();
    private static final AdFixtures fixtures = new AdFixtures(http);

    @Test
    void aPausedCampaignIsNeverServedAndAResumedOneIsServedAgain() {
        String location = uniqueLocation();
        String advertiser = fixtures.newAdvertiser();
        String campaign = fixtures.campaign(advertiser).location(location).create();
        String path = "/advertisers/" + advertiser + "/campaigns/" + campaign;

        Reply paused = http.post(path + "/pause", null);
        assertEquals(200, paused.status(), paused.toString());
        assertEquals(campaign, paused.json().get("campaign_id").asText());
        assertEquals(true, paused.json().get("paused").asBoolean());
        assertEquals(200, http.post(path + "/pause", null).status(), "pausing twice changes nothing");
        fixtures.assertNoAd(fixtures.newClient(location));
        assertEquals(200, http.get(path).status(), "a paused campaign is still the advertiser's");

        Reply resumed = http.post(path + "/resume", null);
        assertEquals(200, resumed.status(), resumed.toString());
        assertEquals(false, resumed.json().get("paused").asBoolean());
        assertEquals(campaign, fixtures.shownAd(fixtures.newClient(location)));
    }

    @Test
    void anUnknownCampaignOrAnotherAdvertisersIsNotFound() {
        String advertiser = fixtures.newAdvertiser();
        String campaign = fixtures.campaign(advertiser).create();
        String other = fixtures.newAdvertiser();

        assertEquals(404, http.post("/advertisers/" + advertiser + "/campaigns/" + UUID.randomUUID() + "/pause", null).status());
        assertEquals(404, http.post("/advertisers/" + other + "/campaigns/" + campaign + "/pause", null).status());
        assertEquals(400, http.post("/advertisers/" + advertiser + "/campaigns/not-a-uuid/resume", null).status());
    }
}
