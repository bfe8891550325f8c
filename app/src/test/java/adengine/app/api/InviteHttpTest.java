package adengine.app.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import adengine.app.testing.AdFixtures;
import adengine.app.testing.HttpClientForTests;
import adengine.app.testing.HttpClientForTests.Reply;
import adengine.app.testing.TestServer;
import adengine.core.access.AccessService;
import adengine.core.notice.CampaignNotices;
import adengine.core.access.ChatKind;
import adengine.core.notice.Notice;
import adengine.core.notice.NoticeKind;
import adengine.core.notice.Recipient;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The bot's invites and bound chats through the admin API ({@code /advertisers/{advertiserId}/invites},
 * {@code /advertisers/{advertiserId}/chats}) on a server with an admin token, the invites used as the bot does.
 */
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
        assertTrue(invite.get("invite_id").asText().matches("[0-9a-f-]{36}"), reply.body());
        assertEquals(5, invite.size(), reply.body());
    }

    @Test
    void theLinkAppearsOnceTheBotRecordedItsUsernameAndTheInviteWorksOnce() {
        String advertiser = fixtures.newAdvertiser();
        AccessService access = server.application().access();

        JsonNode before = http.post(invites(advertiser), null).json();
        access.recordBotUsername("adengine_test_bot");
        JsonNode after = http.post(invites(advertiser), null).json();
        String token = after.get("token").asText();
        Redemption first = access.redeem(token, 4242, ChatKind.PRIVATE, "ru");
        Redemption second = access.redeem(token, 4243, ChatKind.PRIVATE, "ru");

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
        access.redeem(http.post(invites(advertiser), null).json().get("token").asText(), 5151, ChatKind.PRIVATE, "ru");
        int today = fixtures.today();
        String campaign = fixtures.campaign(advertiser).startDate(today).endDate(today).create();

        fixtures.setDay(today + 1);
        List<Notice> due = notices.due().stream().filter(notice -> notice.campaignId().toString().equals(campaign)).toList();

        assertEquals(List.of(new Notice(UUID.fromString(campaign), "Winter boots", UUID.fromString(advertiser), NoticeKind.ENDED,
                List.of(new Recipient(5151, "ru")))), due);
        assertTrue(notices.claim(UUID.fromString(campaign), NoticeKind.ENDED));
        assertFalse(notices.claim(UUID.fromString(campaign), NoticeKind.ENDED));
    }

    @Test
    void openInvitesAreListedByIdWithoutTheirTokens() {
        String advertiser = fixtures.newAdvertiser();
        JsonNode open = http.post(invites(advertiser), null).json();
        JsonNode used = http.post(invites(advertiser), null).json();
        server.application().access().redeem(used.get("token").asText(), 6161, ChatKind.PRIVATE, "ru");

        Reply reply = http.get(invites(advertiser));

        assertEquals(200, reply.status(), reply.toString());
        JsonNode listed = reply.json();
        assertEquals(1, listed.size(), reply.body());
        assertEquals(open.get("invite_id").asText(), listed.get(0).get("invite_id").asText());
        assertEquals(open.get("expires_at").asText(), listed.get(0).get("expires_at").asText());
        assertEquals(advertiser, listed.get(0).get("advertiser_id").asText());
        assertTrue(listed.get(0).has("created_at"), reply.body());
        assertFalse(reply.body().contains(open.get("token").asText()), "a token is never shown again");
        assertFalse(listed.get(0).has("token"), reply.body());
    }

    @Test
    void aRevokedInvitesLinkIsRefused() {
        String advertiser = fixtures.newAdvertiser();
        JsonNode invite = http.post(invites(advertiser), null).json();
        String revoke = invites(advertiser) + "/" + invite.get("invite_id").asText();

        Reply revoked = http.delete(revoke);
        Redemption afterwards = server.application().access().redeem(invite.get("token").asText(), 7171, ChatKind.PRIVATE, "ru");
        Reply again = http.delete(revoke);

        assertEquals(204, revoked.status(), revoked.toString());
        assertEquals(Redemption.invalid(), afterwards);
        assertEquals(List.of(), server.application().access().advertisersOf(7171));
        assertEquals(0, http.get(invites(advertiser)).json().size());
        assertEquals(404, again.status(), again.toString());
    }

    @Test
    void aUsedInviteIsAConflictAndAForeignOrUnknownOneIsNotFound() {
        String advertiser = fixtures.newAdvertiser();
        String other = fixtures.newAdvertiser();
        JsonNode used = http.post(invites(advertiser), null).json();
        server.application().access().redeem(used.get("token").asText(), 8181, ChatKind.PRIVATE, "ru");
        String foreign = http.post(invites(other), null).json().get("invite_id").asText();

        Reply conflict = http.delete(invites(advertiser) + "/" + used.get("invite_id").asText());
        Reply foreignInvite = http.delete(invites(advertiser) + "/" + foreign);
        Reply unknownInvite = http.delete(invites(advertiser) + "/" + UUID.randomUUID());
        Reply unknownAdvertiser = http.get(invites(UUID.randomUUID().toString()));
        Reply malformed = http.delete(invites(advertiser) + "/not-a-uuid");

        assertEquals(409, conflict.status(), conflict.toString());
        assertEquals("conflict", conflict.json().get("error").asText());
        assertEquals(404, foreignInvite.status(), foreignInvite.toString());
        assertEquals(1, http.get(invites(other)).json().size(), "the other advertiser's invite is untouched");
        assertEquals(404, unknownInvite.status(), unknownInvite.toString());
        assertEquals(404, unknownAdvertiser.status(), unknownAdvertiser.toString());
        assertEquals(400, malformed.status(), malformed.toString());
        assertEquals("invite_id", malformed.json().get("details").get(0).get("field").asText());
    }

    @Test
    void boundChatsAreListedAndARemovedOneLosesAccess() {
        String advertiser = fixtures.newAdvertiser();
        AccessService access = server.application().access();
        access.redeem(http.post(invites(advertiser), null).json().get("token").asText(), 9191, ChatKind.PRIVATE, "ru");

        Reply listed = http.get(chats(advertiser));
        Reply removed = http.delete(chats(advertiser) + "/9191");
        Reply again = http.delete(chats(advertiser) + "/9191");

        assertEquals(200, listed.status(), listed.toString());
        JsonNode chat = listed.json().get(0);
        assertEquals(9191, chat.get("chat_id").asLong());
        assertEquals("PRIVATE", chat.get("chat_type").asText());
        assertTrue(chat.get("active").asBoolean(), listed.body());
        assertEquals(advertiser, chat.get("advertiser_id").asText());
        Duration sinceBinding = Duration.between(Instant.parse(chat.get("bound_at").asText()), Instant.now());
        assertTrue(!sinceBinding.isNegative() && sinceBinding.compareTo(Duration.ofMinutes(1)) < 0, listed.body());
        assertEquals(204, removed.status(), removed.toString());
        assertFalse(access.mayManage(9191, 9191, UUID.fromString(advertiser)));
        assertEquals(0, http.get(chats(advertiser)).json().size());
        assertEquals(404, again.status(), again.toString());
        assertEquals(404, http.get(chats(UUID.randomUUID().toString())).status());
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "0", "-0", "007", "1.5", "99999999999999999999", "-9223372036854775809"})
    void aChatIdThatIsNoTelegramChatIdIsABadRequest(String chatId) {
        String advertiser = fixtures.newAdvertiser();

        Reply reply = http.delete(chats(advertiser) + "/" + chatId);

        assertEquals(400, reply.status(), reply.toString());
        assertEquals("chat_id", reply.json().get("details").get(0).get("field").asText());
    }

    @Test
    void theNewRoutesNeedTheAdminToken() {
        String advertiser = fixtures.newAdvertiser();

        for (String path : List.of(invites(advertiser), chats(advertiser))) {
            Reply without = http.send(http.request(path).GET());
            assertEquals(401, without.status(), path + ": " + without);
        }
        Reply deleteWithout = http.send(http.request(chats(advertiser) + "/1").DELETE());
        assertEquals(401, deleteWithout.status(), deleteWithout.toString());
    }

    private static String chats(String advertiser) {
        return "/advertisers/" + advertiser + "/chats";
    }

    private static String invites(String advertiser) {
        return "/advertisers/" + advertiser + "/invites";
    }
}
