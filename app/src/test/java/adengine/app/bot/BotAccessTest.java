package adengine.app.bot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import adengine.app.bot.BotTestServer.BoundChat;
import adengine.app.testing.AdFixtures;
import adengine.app.testing.HttpClientForTests;
import adengine.app.testing.HttpClientForTests.Reply;
import adengine.faketelegram.BotMessage;
import adengine.faketelegram.FakeChat;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Taking access back, end to end through the real program and the fake Telegram server: revoked
 * invites, removed chats, invites opened in groups, allowed groups whose members keep dialogs of
 * their own, and a change confirmed after its dialog lost the advertiser.
 */
class BotAccessTest {
    @RegisterExtension
    static final BotTestServer server = new BotTestServer();


    @Test
    void anInviteRevokedByAnAdminIsRefused() {
        String advertiser = new AdFixtures(server.http()).newAdvertiser();
        JsonNode invite = server.http().post(invites(advertiser), "").json();
        FakeChat admin = openAccessScreen(advertiser);
        admin.awaitScreen(screen -> screen.contains("Открытые приглашения: 1") && screen.hasButton("vr:" + invite.get("invite_id").asText()));

        admin.press("vr:" + invite.get("invite_id").asText());
        admin.awaitScreen(screen -> screen.contains("Открытых приглашений нет"));
        FakeChat newcomer = server.stranger("ru");
        newcomer.send("/start " + invite.get("token").asText());

        newcomer.awaitScreen(screen -> screen.contains("Приглашение недействительно"));
        assertEquals(0, server.http().get(invites(advertiser)).json().size());
        assertTrue(server.application().access().advertisersOf(newcomer.chatId()).isEmpty());
        newcomer.send("/start");
        newcomer.awaitScreen(screen -> screen.contains("Доступ выдаёт администратор"));
    }

    @Test
    void aChatRemovedByAnAdminLosesAccessOnItsNextUpdate() {
        BoundChat bound = server.boundAdvertiser("Аптека", "ru");
        FakeChat chat = bound.chat();
        chat.pressButton("📋 Кампании");
        chat.awaitScreen(screen -> screen.contains("Активных кампаний нет") && screen.hasButtonLabeled("➕ Новая кампания"));
        FakeChat admin = openAccessScreen(bound.advertiserId().toString());
        admin.awaitScreen(screen -> screen.contains("личный чат " + chat.chatId()));

        admin.press("vu:" + bound.advertiserId() + ":" + chat.chatId());
        admin.awaitScreen(screen -> screen.contains("Привязанных чатов нет"));
        chat.pressButton("➕ Новая кампания");

        chat.awaitMessage(screen -> screen.contains("Доступ выдаёт администратор"));
        assertEquals(0, server.http().get(chats(bound.advertiserId().toString())).json().size());
        assertEquals(0, server.http().get(AdFixtures.campaigns(bound.advertiserId().toString())).json().size());
    }

    @Test
    void anInviteOpenedInAGroupIsRefusedUnusedAndWorksInAPrivateChat() {
        String advertiser = new AdFixtures(server.http()).newAdvertiser();
        String token = server.http().post(invites(advertiser), "").json().get("token").asText();
        FakeChat member = server.newGroupMember(BotTestServer.newGroup(), "ru");

        member.send("/start " + token);
        member.awaitScreen(screen -> screen.contains("Приглашения открываются в личном чате"));
        member.send("/allow_group");
        member.awaitScreen(screen -> screen.contains("только администратор бота"));
        member.pressRaw(member.lastMessage().messageId(), "cl");
        member.awaitMessage(screen -> screen.contains("Доступ выдаёт администратор"));

        assertEquals(0, server.http().get(chats(advertiser)).json().size());
        assertEquals(1, server.http().get(invites(advertiser)).json().size(), "the invite was not used up");
        FakeChat privately = server.telegram().chat(member.userId(), "ru");
        privately.send("/start " + token);
        privately.awaitScreen(screen -> screen.contains("Чат привязан к рекламодателю"));
    }

    @Test
    void twoMembersOfAnAllowedGroupKeepDialogsOfTheirOwn() {
        long group = BotTestServer.newGroup();
        FakeChat admin = server.groupMember(group, BotTestServer.ADMIN, "ru");
        admin.send("/allow_group");
        admin.awaitScreen(screen -> screen.contains("Группа разрешена"));
        String advertiser = new AdFixtures(server.http()).newAdvertiser();
        FakeChat alice = server.newGroupMember(group, "ru");
        FakeChat bob = server.newGroupMember(group, "ru");
        alice.send("/start " + server.http().post(invites(advertiser), "").json().get("token").asText());
        alice.awaitScreen(screen -> screen.contains("Чат привязан к рекламодателю"));

        startCreation(alice);
        startCreation(bob);
        alice.send("Кофе для Алисы");
        alice.awaitMessage(screen -> screen.contains("шаг 2 из 12"));
        bob.send("Чай для Боба");
        bob.awaitMessage(screen -> screen.contains("шаг 2 из 12"));
        alice.send("/cancel");
        alice.awaitMessage(screen -> screen.contains("Диалог прерван"));
        bob.send("Зелёный чай с утра до вечера");
        bob.awaitMessage(screen -> screen.contains("шаг 3 из 12"));
        BotMessage summary = CreationDialog.answerTheRest(bob, new AdFixtures(server.http()).today());
        bob.pressButton("✅ Создать");
        bob.awaitScreen(screen -> screen.hasButtonLabeled("🗑 Удалить"));

        assertTrue(summary.contains("Чай для Боба") && !summary.contains("Алисы"), summary.text());
        JsonNode campaigns = server.http().get(AdFixtures.campaigns(advertiser)).json();
        assertEquals(1, campaigns.size(), campaigns.toString());
        assertEquals("Чай для Боба", campaigns.get(0).get("ad_title").asText());
        admin.send("/disallow_group");
        admin.awaitScreen(screen -> screen.contains("Группа больше не разрешена"));
        assertEquals(0, server.http().get(chats(advertiser)).json().size());
    }

    @Test
    void aCraftedCreateAfterTheBindingWasRemovedCreatesNothing() {
        BoundChat first = server.boundAdvertiser("Первый магазин", "ru");
        FakeChat chat = first.chat();
        String second = new AdFixtures(server.http()).newAdvertiser();
        chat.send("/start " + server.http().post(invites(second), "").json().get("token").asText());
        chat.awaitScreen(screen -> screen.contains("Чат привязан к рекламодателю"));
        chat.pressRaw(chat.lastMessage().messageId(), "cna:" + first.advertiserId());
        chat.awaitScreen(screen -> screen.contains("шаг 1 из 12"));
        chat.send("Распродажа");
        chat.awaitScreen(screen -> screen.contains("шаг 2 из 12"));
        chat.send("Всё по полцены");
        chat.awaitScreen(screen -> screen.contains("шаг 3 из 12"));
        BotMessage summary = CreationDialog.answerTheRest(chat, new AdFixtures(server.http()).today());

        Reply removed = server.http().delete(chats(first.advertiserId().toString()) + "/" + chat.chatId());
        chat.pressRaw(summary.messageId(), "dy");

        assertTrue(summary.contains("Первый магазин"), summary.text());
        assertEquals(204, removed.status(), removed.toString());
        chat.awaitMessage(screen -> screen.contains("Не найдено"));
        HttpClientForTests http = server.http();
        assertEquals(0, http.get(AdFixtures.campaigns(first.advertiserId().toString())).json().size());
        assertEquals(0, http.get(AdFixtures.campaigns(second)).json().size());
        chat.send("ещё раз");
        chat.awaitScreen(screen -> screen.contains("Выберите действие в меню"));
    }

    /** The admin's screen of the advertiser's invites and chats, reached as its button in the picker does. */
    private static FakeChat openAccessScreen(String advertiser) {
        FakeChat admin = server.admin();
        admin.send("/start");
        admin.awaitScreen(screen -> screen.hasButtonLabeled("🔗 Приглашения"));
        admin.pressRaw(admin.lastMessage().messageId(), "va:" + advertiser);
        admin.awaitScreen(screen -> screen.contains("Доступ к"));
        return admin;
    }

    private static void startCreation(FakeChat member) {
        member.send("/start");
        member.awaitMessage(screen -> screen.hasButtonLabeled("📋 Кампании"));
        CreationDialog.open(member);
    }

    private static String invites(String advertiser) {
        return "/advertisers/" + advertiser + "/invites";
    }

    private static String chats(String advertiser) {
        return "/advertisers/" + advertiser + "/chats";
    }
}
