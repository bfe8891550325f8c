package adengine.app.bot;

import adengine.app.bot.BotTestServer.BoundChat;
import adengine.app.testing.AdFixtures;
import adengine.faketelegram.FakeChat;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What the bot sends unasked, each chat in the language the bot last spoke there. */
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
}
