package adengine.app.bot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import adengine.app.bot.BotTestServer.BoundChat;
import adengine.app.testing.AdFixtures;
import adengine.faketelegram.BotMessage;
import adengine.faketelegram.FakeChat;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What the bot sends unasked (campaign notices, the daily digest), each chat in the language the bot last spoke there. */
class BotNoticesTest {
    private static final Duration NOTICE_WAIT = Duration.ofSeconds(10);

    @RegisterExtension
    static final BotTestServer server = new BotTestServer();

    @Test
    void eachChatOfAnAdvertiserIsToldInItsOwnLanguage() {
        BoundChat bound = server.boundAdvertiser("Languages", "en");
        FakeChat english = bound.chat();
        FakeChat russian = server.bindNewChat(bound.advertiserId(), "Languages", "ru");
        FakeChat german = server.bindNewChat(bound.advertiserId(), "Languages", "de");
        AdFixtures fixtures = new AdFixtures(server.http());
        int today = fixtures.today();
        fixtures.campaign(bound.advertiserId().toString()).adTitle("Bilingual").startDate(today).endDate(today).create();

        fixtures.setDay(today + 1);

        english.awaitMessage(message -> message.contains("The campaign Bilingual has ended.")
                && message.contains("Impressions: 0 · clicks: 0") && message.hasButtonLabeled("« To the campaign"), NOTICE_WAIT);
        russian.awaitMessage(message -> message.contains("Кампания Bilingual завершилась.")
                && message.contains("Показы: 0 · клики: 0") && message.hasButtonLabeled("« К кампании"), NOTICE_WAIT);
        german.awaitMessage(message -> message.contains("Кампания Bilingual завершилась."), NOTICE_WAIT);
    }

    @Test
    void aChatIsToldInTheLanguageItsLatestUpdateWasIn() {
        BoundChat bound = server.boundAdvertiser("Switching", "ru");
        FakeChat chat = bound.chat();
        AdFixtures fixtures = new AdFixtures(server.http());
        String location = AdFixtures.uniqueLocation();
        fixtures.campaign(bound.advertiserId().toString()).location(location).adTitle("Turncoat")
                .impressionsLimit(1).clicksLimit(1).create();
        String client = fixtures.newClients(1, location).get(0);

        chat.changeLanguage("en-GB");
        chat.send("/menu");
        chat.awaitScreen(screen -> screen.hasButtonLabeled("📋 Campaigns"));
        String campaign = fixtures.shownAd(client);
        chat.awaitMessage(message -> message.contains("The campaign Turncoat reached its impressions limit."), NOTICE_WAIT);

        chat.changeLanguage("ru");
        chat.send("/menu");
        chat.awaitScreen(screen -> screen.hasButtonLabeled("📋 Кампании"));
        fixtures.clicked(campaign, client);
        chat.awaitMessage(message -> message.contains("Кампания Turncoat набрала лимит кликов"), NOTICE_WAIT);
    }

    @Test
    void theDailyDigestSwitchedOnInTheStatisticsBringsEachDaysFiguresOnce() {
        BoundChat bound = server.boundAdvertiser("Digest Ltd", "en");
        FakeChat chat = bound.chat();
        AdFixtures fixtures = new AdFixtures(server.http());
        String advertiser = bound.advertiserId().toString();
        String location = AdFixtures.uniqueLocation();
        int today = fixtures.today();
        fixtures.campaign(advertiser).location(location).adTitle("Decaf").costPerImpression("1.50").costPerClick("2").create();
        fixtures.campaign(advertiser).location(AdFixtures.uniqueLocation()).adTitle("Idle").create();
        List<String> clients = fixtures.newClients(3, location);
        switchDigest(chat, "📊 Statistics", "🔕 Daily digest: off · turn on", "🔔 Daily digest: on · turn off");
        String campaign = fixtures.shownAd(clients.get(0));
        fixtures.shownAd(clients.get(1));
        fixtures.clicked(campaign, clients.get(0));

        fixtures.setDay(today + 1);
        BotMessage first = chat.awaitMessage(message -> message.contains("📰 Daily digest for day " + today + " · Digest Ltd"), NOTICE_WAIT);
        fixtures.shownAd(clients.get(2));
        fixtures.setDay(today + 2);
        BotMessage second = chat.awaitMessage(message -> message.contains("Daily digest for day " + (today + 1) + " "), NOTICE_WAIT);
        fixtures.setDay(today + 3);
        fixtures.setDay(today + 4);
        chat.awaitMessage(message -> message.contains("Daily digest for day " + (today + 3) + " "), NOTICE_WAIT);
        BotTestServer.sleep(1_500);

        assertEquals(List.of("📰 Daily digest for day " + today + " · Digest Ltd",
                "📢 Decaf: impressions 2 · clicks 1 · CTR 50.00 % · spent 5.00",
                "📢 Idle: impressions 0 · clicks 0 · CTR 0.00 % · spent 0.00",
                "Total: impressions 2 · clicks 1 · CTR 50.00 % · spent 5.00"), lines(first));
        assertTrue(first.hasButtonLabeled("📊 Statistics"), first.toString());
        assertTrue(second.contains("Decaf: impressions 1 · clicks 0 · CTR 0.00 % · spent 1.50")
                && second.contains("Total: impressions 1 · clicks 0 · CTR 0.00 % · spent 1.50"), second.toString());
        for (int day = today; day <= today + 3; day++) {
            String title = "Daily digest for day " + day + " ";
            long digests = chat.messages().stream().filter(message -> message.contains(title)).count();
            assertTrue(digests == 1 || day == today + 2 && digests == 0, digests + " digests of day " + day + ", at most one may be");
        }
    }

    @Test
    void aChatThatSwitchedTheDigestOffGetsNoneWhileAnotherGetsItsOwn() {
        FakeChat off = server.boundAdvertiser("Без сводки", "ru").chat();
        FakeChat on = server.boundAdvertiser("Со сводкой", "ru").chat();
        String offLabel = "🔕 Ежедневная сводка: выкл. · включить";
        String onLabel = "🔔 Ежедневная сводка: вкл. · выключить";
        switchDigest(off, "📊 Статистика", offLabel, onLabel);
        off.pressButton(onLabel);
        off.awaitScreen(screen -> screen.hasButtonLabeled(offLabel));
        switchDigest(on, "📊 Статистика", offLabel, onLabel);
        AdFixtures fixtures = new AdFixtures(server.http());
        int today = fixtures.today();

        fixtures.setDay(today + 1);
        BotMessage digest = on.awaitMessage(message -> message.contains("📰 Сводка за день " + today + " · Со сводкой"), NOTICE_WAIT);
        BotTestServer.sleep(1_000);

        assertEquals(List.of("📰 Сводка за день " + today + " · Со сводкой", "В этот день ни одна кампания не шла.",
                "Итого: показы 0 · клики 0 · CTR 0.00 % · потрачено 0.00"), lines(digest));
        assertTrue(off.messages().stream().noneMatch(message -> message.contains("Сводка за день")), off.transcript().toString());
    }

    /** Opens the advertiser's statistics from the main menu and switches the digest on with the button that says it is off. */
    private static void switchDigest(FakeChat chat, String statistics, String offLabel, String onLabel) {
        chat.pressButton(statistics);
        chat.awaitScreen(screen -> screen.hasButtonLabeled(offLabel));
        chat.pressButton(offLabel);
        chat.awaitScreen(screen -> screen.hasButtonLabeled(onLabel));
    }

    private static List<String> lines(BotMessage message) {
        return message.text().lines().filter(line -> !line.isBlank()).toList();
    }
}
