package adengine.app.bot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import adengine.app.bot.BotTestServer.BoundChat;
import adengine.app.testing.AdFixtures;
import adengine.bot.testing.Screenshots;
import adengine.faketelegram.BotMessage;
import adengine.faketelegram.FakeChat;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A Russian advertiser's session with the bot as the README shows it: each scene is checked, and
 * with {@code -Dscreenshots=true} its last few steps become a phone-sized picture.
 */
class BotScreenshotScenesTest {
    private static final String ADVERTISER = "Кофейня «Зерно»";
    private static final String KAZAN = "Казань";

    @RegisterExtension
    static final BotTestServer server = new BotTestServer();

    private final AdFixtures fixtures = new AdFixtures(server.http());

    @Test
    void anAdvertiserWatchesDeliveryAndPreparesANewCampaign() {
        BoundChat bound = server.boundAdvertiser(ADVERTISER, "ru");
        String advertiser = bound.advertiserId().toString();
        int firstDay = fixtures.today();
        String cappuccino = fixtures.campaign(advertiser).location(KAZAN).adTitle("Капучино навынос")
                .adText("Второй стакан за полцены до 11:00").impressionsLimit(1500).clicksLimit(120)
                .costPerImpression("0.40").costPerClick("2.50").startDate(firstDay).endDate(firstDay + 13).create();
        String breakfasts = fixtures.campaign(advertiser).location("Набережные Челны").adTitle("Завтраки весь день")
                .impressionsLimit(800).clicksLimit(60).costPerImpression("0.30").costPerClick("2")
                .startDate(firstDay).endDate(firstDay + 20).create();
        String tasting = fixtures.campaign(advertiser).location("Иннополис").adTitle("Дегустация зёрен")
                .impressionsLimit(40).clicksLimit(8).costPerImpression("0.50").costPerClick("3")
                .startDate(firstDay).endDate(firstDay + 6).create();
        List<Traffic> cappuccinoDays = List.of(new Traffic(46, 3), new Traffic(63, 5), new Traffic(52, 4),
                new Traffic(78, 7), new Traffic(71, 6));
        List<Traffic> breakfastDays = List.of(new Traffic(20, 1), new Traffic(24, 2), new Traffic(31, 2),
                new Traffic(27, 1), new Traffic(35, 3));
        List<Traffic> tastingDays = List.of(new Traffic(20, 1), new Traffic(20, 2));
        for (int day = 0; day < cappuccinoDays.size(); day++) {
            if (day > 0) {
                fixtures.setDay(firstDay + day);
            }
            cappuccinoDays.get(day).reach(fixtures, cappuccino, KAZAN);
            breakfastDays.get(day).reach(fixtures, breakfasts, "Набережные Челны");
            if (day < tastingDays.size()) {
                tastingDays.get(day).reach(fixtures, tasting, "Иннополис");
            }
        }
        FakeChat chat = bound.chat();
        // the notice comes on its own: awaited here, so that it shows in no scene
        chat.awaitMessage(message -> message.contains("набрала лимит показов"), Duration.ofSeconds(10));

        mainMenu(chat);
        campaignCard(chat);
        statisticsWithTheChart(chat);
        allCampaigns(chat);
        creationSummary(chat, fixtures.today());
        assertEquals(4, server.http().get(AdFixtures.campaigns(advertiser)).json().size());
    }

    private static void mainMenu(FakeChat chat) {
        int start = chat.transcript().size();
        chat.send("/start");
        BotMessage menu = chat.awaitScreen(screen -> screen.contains("Выберите раздел"));
        assertEquals(List.of("📋 Кампании", "📊 Статистика", "🖼 Изображения", "✨ Генерация рекламного текста"),
                menu.buttonLabels(), "an advertiser's menu, without the admin's sections");
        save("bot-menu", "Главное меню", chat, start);
    }

    private static void campaignCard(FakeChat chat) {
        chat.pressButton("📋 Кампании");
        chat.awaitScreen(screen -> screen.contains("Кампании «" + ADVERTISER + "»"));
        int start = chat.transcript().size();
        chat.pressButton("▶️ Капучино навынос");
        BotMessage card = chat.awaitScreen(screen -> screen.contains("Капучино навынос") && screen.contains("▶️ Идёт"));
        assertTrue(card.contains("Показы: 310 из 1500") && card.contains("Клики: 25 из 120 · CTR 8.06 %")
                && card.contains("Потрачено: 186.50") && card.contains("осталось 10 дн.")
                && card.hasButtonLabeled("⏸ Пауза"), card.text());
        save("bot-campaign-card", "Карточка кампании", chat, start);
    }

    private static void statisticsWithTheChart(FakeChat chat) {
        chat.pressButton("🏠 Главное меню");
        chat.awaitScreen(screen -> screen.contains("Выберите раздел"));
        int start = chat.transcript().size();
        chat.pressButton("📊 Статистика");
        BotMessage stats = chat.awaitScreen(screen -> screen.hasPhoto() && screen.contains("все кампании"));
        assertTrue(stats.contains("Показы: 487") && stats.contains("Клики: 37") && stats.contains("Всего потрачено: 274.60")
                && stats.hasButtonLabeled("📋 Все кампании") && stats.hasButtonLabeled("📊 Капучино навынос"), stats.text());
        assertTrue(stats.preformatted().stream().anyMatch(span -> stats.text().substring(span.start(), span.end()).contains("День")),
                "the days are a table in a pre block");
        save("bot-stats-chart", "Статистика", chat, start);
    }

    private static void allCampaigns(FakeChat chat) {
        int start = chat.transcript().size();
        chat.pressButton("📋 Все кампании");
        BotMessage all = chat.awaitScreen(screen -> screen.contains("кампании: 3"));
        assertTrue(all.contains("📢 Капучино навынос\nПоказы: 310 / 1500 · Клики: 25 / 120 · Потрачено: 186.50")
                && all.contains("📢 Завтраки весь день\nПоказы: 137 / 800 · Клики: 9 / 60 · Потрачено: 59.10")
                && all.contains("📢 Дегустация зёрен\nПоказы: 40 / 40 · Клики: 3 / 8 · Потрачено: 29.00")
                && all.hasButtonLabeled("⬇️ Выгрузить CSV"), all.text());
        save("bot-all-campaigns", "Все кампании", chat, start);
    }

    private static void creationSummary(FakeChat chat, int today) {
        chat.pressButton("🏠 Главное меню");
        chat.awaitScreen(screen -> screen.contains("Выберите раздел"));
        CreationDialog.open(chat);
        chat.send("Раф на кокосовом");
        chat.awaitScreen(screen -> screen.contains("шаг 2 из 12"));
        chat.send("Новинка недели: раф на кокосовом молоке, первая чашка со скидкой 15 %");
        chat.awaitScreen(screen -> screen.contains("шаг 3 из 12"));
        chat.press("dt");
        CreationDialog.answer(chat, String.valueOf(today + 14), "2000", "150", "0,45", "2,80");
        chat.awaitScreen(screen -> screen.contains("шаг 9 из 12"));
        chat.pressButton("👥 Все");
        chat.awaitScreen(screen -> screen.contains("шаг 10 из 12"));
        chat.send("18");
        chat.awaitScreen(screen -> screen.contains("шаг 11 из 12"));
        chat.pressButton("⏭ Пропустить");
        chat.awaitScreen(screen -> screen.contains("шаг 12 из 12"));
        int start = chat.transcript().size();
        chat.pressButton(KAZAN + " · 310");
        BotMessage summary = chat.awaitScreen(screen -> screen.contains("проверьте"));
        assertTrue(summary.contains("Раф на кокосовом") && summary.contains("Лимит показов: 2000")
                && summary.contains("Город: " + KAZAN) && summary.hasButtonLabeled("✅ Создать"), summary.text());
        assertFalse(summary.contains("⚠️"), summary.text());
        save("bot-creation-summary", "Новая кампания: сводка", chat, start);
        chat.pressButton("✅ Создать");
        chat.awaitScreen(screen -> screen.contains("Раф на кокосовом") && screen.contains("Показы: 0 из 2000"));
    }

    /** A day of a campaign's traffic: impressions to new clients of its location, the first few of whom click. */
    private record Traffic(int impressions, int clicks) {
        void reach(AdFixtures fixtures, String campaign, String location) {
            List<String> clients = fixtures.newClients(impressions, location);
            clients.forEach(client -> assertEquals(campaign, fixtures.shownAd(client)));
            clients.subList(0, clicks).forEach(client -> fixtures.clicked(campaign, client));
        }
    }

    private static void save(String name, String title, FakeChat chat, int start) {
        Screenshots.saveIfRequested(name, chat.transcript().from(start).withTitle(title));
    }
}
