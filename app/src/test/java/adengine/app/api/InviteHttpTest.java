package adengine.app.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import adengine.app.testing.AdFixtures;
import adengine.app.testing.HttpClientForTests;
import adengine.app.testing.HttpClientForTests.Reply;
import adengine.app.testing.TestServer;
import adengine.core.access.AccessService;
import adengine.core.access.CampaignNotices;
import adengine.core.access.Notice;
import adengine.core.access.NoticeKind;
import adengine.core.access.Redemption;
import adengine.core.advertiser.Advertiser;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code POST /advertisers/{advertiserId}/invites} on a server with an admin token, and the invite used as the bot does. */
class InviteHttpTest {
    private static final String TOKEN = "invite-admin-token";

    @RegisterExtension
    static final TestServer server = new TestServer(TOKEN);
    private static final HttpClientForTests http = server.http();
    private final AdFixtures fixtures = new AdFixtures(http);

    @Test
    void anInviteIsCreatedWithItsTokenAndExpiry() {
        String advertiser = fixtures.newAdvertiser();

        Reply reply = http.post(invites(advertiser), null);

        assertEquals(201, reply.status(), reply.toString());
        JsonNode invite = reply.json();
        assertTrue(invite.get("token").asText().matches("[A-Za-z0-9_-]{32}"), reply.body());
        assertEquals(advertiser, invite.get("advertiser_id").asText());
        Duration lifetime = Duration.between(Instant.now(), Instant.parse(invite.get("expires_at").asText()));
        assertTrue(lifetime.compareTo(Duration.ofDays(7).minusMinutes(1)) > 0 && lifetime.compareTo(Duration.ofDays(7)) <= 0,
                reply.body());
        assertTrue(invite.has("link"), reply.body());
        assertEquals(4, invite.size(), reply.body());
    }

    @Test
    void theLinkAppearsOnceTheBotRecordedItsUsernameAndTheInviteWorksOnce() {
        String advertiser = fixtures.newAdvertiser();
        AccessService access = server.application().access();

        JsonNode before = http.post(invites(advertiser), null).json();
        access.recordBotUsername("adengine_test_bot");
        JsonNode after = http.post(invites(advertiser), null).json();
        String token = after.get("token").asText();
        Redemption first = access.redeem(token, 4242);
        Redemption second = access.redeem(token, 4243);

        assertTrue(before.get("link").isNull(), before.toString());
        assertEquals("https://t.me/adengine_test_bot?start=" + token, after.get("link").asText());
        assertEquals(Redemption.bound(new Advertiser(UUID.fromString(advertiser), "Shop")), first);
        assertEquals(Redemption.invalid(), second);
        assertEquals(List.of(new Advertiser(UUID.fromString(advertiser), "Shop")), access.advertisersOf(4242));
    }

    @Test
    void anUnknownAdvertiserIsNotFound() {
        Reply reply = http.post(invites(UUID.randomUUID().toString()), null);

        assertEquals(404, reply.status(), reply.toString());
        assertEquals("not_found", reply.json().get("error").asText());
    }

    @Test
    void aMalformedAdvertiserIdIsABadRequest() {
        Reply reply = http.post(invites("not-a-uuid"), null);

        assertEquals(400, reply.status(), reply.toString());
        assertEquals("validation_failed", reply.json().get("error").asText());
        assertEquals("advertiser_id", reply.json().get("details").get(0).get("field").asText());
    }

    @Test
    void withoutTheAdminTokenOrWithAWrongOneItIsUnauthorized() {
        String advertiser = fixtures.newAdvertiser();

        Reply without = http.send(http.request(invites(advertiser)).POST(HttpRequest.BodyPublishers.noBody()));
        Reply wrong = http.send(http.request(invites(advertiser))
                .header("Authorization", "Bearer " + TOKEN + "x")
                .POST(HttpRequest.BodyPublishers.noBody()));

        assertEquals(401, without.status(), without.toString());
        assertEquals("unauthorized", without.json().get("error").asText());
        assertEquals(401, wrong.status(), wrong.toString());
        assertEquals("unauthorized", wrong.json().get("error").asText());
    }

    @Test
    void theChatsOfAnAdvertiserAreDueANoticeOnceItsCampaignEnded() {
        String advertiser = fixtures.newAdvertiser();
        AccessService access = server.application().access();
        CampaignNotices notices = server.application().campaignNotices();
        access.redeem(http.post(invites(advertiser), null).json().get("token").asText(), 5151);
        int today = fixtures.today();
        String campaign = fixtures.createCampaign(advertiser, AdFixtures.campaign(today, today, AdFixtures.uniqueLocation()));

        fixtures.setDay(today + 1);
        List<Notice> due = notices.due().stream().filter(notice -> notice.campaignId().toString().equals(campaign)).toList();

        assertEquals(List.of(new Notice(UUID.fromString(campaign), "Winter boots", UUID.fromString(advertiser), NoticeKind.ENDED,
                List.of(5151L))), due);
        assertTrue(notices.claim(UUID.fromString(campaign), NoticeKind.ENDED));
        assertFalse(notices.claim(UUID.fromString(campaign), NoticeKind.ENDED));
    }

    private static String invites(String advertiser) {
        return "/advertisers/" + advertiser + "/invites";
    }
}
