package adengine.app.bot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import adengine.app.bot.BotTestServer.BoundChat;
import adengine.app.testing.AdFixtures;
import adengine.app.testing.HttpClientForTests;
import adengine.bot.conversation.Lists;
import adengine.bot.stats.StatsChart;
import adengine.bot.testing.Screenshots;
import adengine.core.stats.DailyStats;
import adengine.core.stats.Stats;
import adengine.faketelegram.BotMessage;
import adengine.faketelegram.FakeChat;
import adengine.faketelegram.FakeTelegram;
import adengine.faketelegram.Transcript;
import com.fasterxml.jackson.databind.JsonNode;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Images, statistics with their chart, moderation, text generation, time and notifications through the bot. */
class BotFeaturesTest {
    @RegisterExtension
    static final BotTestServer server = new BotTestServer();


    @Test
    void anImageIsAttachedViewedReplacedAndDeleted() {
        BoundChat bound = server.boundAdvertiser("Фотостудия", "ru");
        AdFixtures fixtures = new AdFixtures(server.http());
        String campaign = fixtures.campaign(bound.advertiserId().toString()).location("Сочи")
                .startDate(fixtures.today()).endDate(fixtures.today() + 2).create();
        FakeChat chat = bound.chat();
        chat.pressRaw(chat.lastMessage().messageId(), "i:" + campaign);
        chat.awaitScreen(screen -> screen.contains("Изображения нет"));

        chat.sendDocument("not an image".getBytes(), "fake.png", "image/png");
        chat.awaitScreen(screen -> screen.contains("Это не изображение PNG или JPEG"));
        chat.sendDocument(new byte[6 * 1024 * 1024], "huge.png", "image/png");
        chat.awaitScreen(screen -> screen.contains("Файл слишком большой"));
        chat.send("вот картинка");
        chat.awaitScreen(screen -> screen.contains("Отправьте фото или файл изображения"));

        byte[] png = image(Color.ORANGE, "png");
        chat.sendDocument(png, "banner.png", "image/png");
        chat.awaitScreen(screen -> screen.contains("Изображение сохранено") && screen.hasButtonLabeled("👁 Показать"));
        HttpClientForTests http = server.http();
        assertEquals(200, http.get("/ads/" + campaign + "/image").status());

        chat.pressButton("👁 Показать");
        BotMessage shown = chat.awaitMessage(BotMessage::hasPhoto);
        assertArrayEquals(png, shown.photo());

        chat.pressRaw(shown.messageId(), "i:" + campaign);
        chat.awaitMessage(screen -> screen.contains("Изображение прикреплено"));
        chat.sendPhoto(image(Color.BLUE, "jpg"));
        chat.awaitScreen(screen -> screen.contains("Изображение сохранено"));
        chat.pressButton("🗑 Удалить изображение");
        chat.awaitScreen(screen -> screen.contains("Изображение удалено") && screen.contains("Изображения нет"));
        assertEquals(404, http.get("/ads/" + campaign + "/image").status());
    }

    @Test
    void theCardAndTheListShowDeliveryAgainstTheLimitsAndWhyACampaignStopped() {
        BoundChat bound = server.boundAdvertiser("Пекарня", "ru");
        AdFixtures fixtures = new AdFixtures(server.http());
        String location = AdFixtures.uniqueLocation();
        String campaign = fixtures.campaign(bound.advertiserId().toString()).location(location).adTitle("Круассаны")
                .impressionsLimit(50).clicksLimit(1).costPerImpression("1.50").costPerClick("4")
                .startDate(fixtures.today()).endDate(fixtures.today() + 3).create();
        FakeChat chat = bound.chat();
        chat.pressRaw(chat.lastMessage().messageId(), "c:" + campaign);
        chat.awaitScreen(screen -> screen.contains("▶️ Идёт") && screen.contains("Показы: 0 из 50")
                && screen.contains("Клики: 0 из 1 · CTR 0.00 %") && screen.contains("Потрачено: 0.00")
                && screen.contains("осталось 4 дн.") && screen.contains("Город: " + location) && !screen.contains("не задано"));

        String first = fixtures.newClient(location);
        String ad = fixtures.shownAd(first);
        fixtures.shownAd(fixtures.newClient(location));
        fixtures.clicked(ad, first);
        fixtures.assertNoAd(fixtures.newClient(location));

        chat.awaitMessage(message -> message.contains("набрала лимит кликов"), Duration.ofSeconds(10));
        chat.pressButton("« К кампании");
        chat.awaitScreen(screen -> screen.contains("⛔ Остановлена: лимит кликов достигнут")
                && screen.contains("Показы: 2 из 50") && screen.contains("Клики: 1 из 1 · CTR 50.00 %")
                && screen.contains("Потрачено: 7.00"));
        chat.pressButton("« К списку");
        chat.awaitScreen(screen -> screen.hasButtonLabeled("⛔ Круассаны")
                && screen.contains("• Круассаны: 👁 2/50 · 👆 1/1 · 💰 7.00"));
    }

    @Test
    void aCampaignIsPausedAndResumedFromItsCard() {
        BoundChat bound = server.boundAdvertiser("Кофейня", "ru");
        AdFixtures fixtures = new AdFixtures(server.http());
        String location = AdFixtures.uniqueLocation();
        String campaign = fixtures.campaign(bound.advertiserId().toString()).location(location).create();
        FakeChat chat = bound.chat();
        chat.pressRaw(chat.lastMessage().messageId(), "c:" + campaign);
        chat.awaitScreen(screen -> screen.contains("▶️ Идёт") && screen.hasButtonLabeled("⏸ Пауза"));

        chat.pressButton("⏸ Пауза");
        chat.awaitScreen(screen -> screen.contains("⏸ На паузе") && screen.hasButtonLabeled("▶️ Возобновить"));
        fixtures.assertNoAd(fixtures.newClient(location));

        chat.pressButton("▶️ Возобновить");
        chat.awaitScreen(screen -> screen.contains("▶️ Идёт") && screen.hasButtonLabeled("⏸ Пауза"));
        assertEquals(campaign, fixtures.shownAd(fixtures.newClient(location)));
    }

    @Test
    void aCampaignIsDuplicatedIntoANewOneStartingTodayThatIsCreatedFromTheSummary() {
        BoundChat bound = server.boundAdvertiser("Цветы", "ru");
        AdFixtures fixtures = new AdFixtures(server.http());
        String advertiser = bound.advertiserId().toString();
        int today = fixtures.today();
        String campaign = fixtures.campaign(advertiser).adTitle("Тюльпаны").impressionsLimit(300).clicksLimit(30)
                .startDate(today).endDate(today + 4).create();
        FakeChat chat = bound.chat();
        chat.pressRaw(chat.lastMessage().messageId(), "c:" + campaign);
        chat.awaitScreen(screen -> screen.hasButtonLabeled("🔁 Дублировать"));

        chat.pressButton("🔁 Дублировать");
        chat.awaitScreen(screen -> screen.contains("проверьте") && screen.contains("Тюльпаны")
                && screen.contains("День начала: " + today) && screen.contains("День окончания: " + (today + 4))
                && screen.contains("Лимит показов: 300") && screen.hasButtonLabeled("✅ Создать"));
        chat.pressButton("✅ Создать");
        chat.awaitScreen(screen -> screen.contains("Тюльпаны") && screen.contains("Показы: 0 из 300"));
        assertEquals(2, server.http().get("/advertisers/" + advertiser + "/campaigns").json().size());
    }

    @Test
    void aCityTypedInAnotherCaseThanTheClientsIsPointedOut() {
        BoundChat bound = server.boundAdvertiser("Сувениры", "ru");
        AdFixtures fixtures = new AdFixtures(server.http());
        String city = "Тверь-" + UUID.randomUUID();
        fixtures.newClient(city);
        String campaign = fixtures.campaign(bound.advertiserId().toString()).create();
        FakeChat chat = bound.chat();
        chat.pressRaw(chat.lastMessage().messageId(), "ce:" + campaign);
        chat.awaitScreen(screen -> screen.hasButtonLabeled("Город"));
        chat.pressButton("Город");
        chat.awaitScreen(screen -> screen.contains("Город"));
        chat.send(city.toLowerCase(Locale.ROOT));
        chat.awaitScreen(screen -> screen.contains("У клиентов город написан иначе: " + city)
                && screen.hasButtonLabeled("✏️ Изменить"));

        chat.pressButton("✏️ Изменить");
        chat.awaitScreen(screen -> screen.hasButtonLabeled("Город"));
        chat.pressButton("Город");
        chat.awaitScreen(screen -> screen.contains("Город"));
        chat.send(city);
        chat.awaitScreen(screen -> screen.contains("Город: " + city) && !screen.contains("⚠️"));
    }

    @Test
    void theCommandMenuSpeaksEachLanguage() {
        FakeTelegram telegram = server.telegram();
        assertEquals(List.of(new FakeTelegram.Command("start", "Main menu"), new FakeTelegram.Command("help", "Help"),
                new FakeTelegram.Command("cancel", "Leave the dialog")), telegram.commands("en"));
        assertEquals(List.of(new FakeTelegram.Command("start", "Главное меню"), new FakeTelegram.Command("help", "Помощь"),
                new FakeTelegram.Command("cancel", "Прервать диалог")), telegram.commands("ru"));
        assertEquals(telegram.commands("ru"), telegram.commands(), "other clients get the default language's menu");
    }

    @Test
    void aCampaignWithoutTrafficGetsNoEmptyChart() {
        BoundChat bound = server.boundAdvertiser("Тишина", "ru");
        AdFixtures fixtures = new AdFixtures(server.http());
        String campaign = fixtures.campaign(bound.advertiserId().toString())
                .startDate(fixtures.today()).endDate(fixtures.today() + 3).create();
        fixtures.setDay(fixtures.today() + 1);
        FakeChat chat = bound.chat();
        chat.pressRaw(chat.lastMessage().messageId(), "sc:" + campaign);
        chat.awaitScreen(screen -> screen.contains("Дней с показами пока нет"));

        BotTestServer.sleep(1_000);
        assertTrue(chat.messages().stream().noneMatch(BotMessage::hasPhoto), "no chart of zeros");
    }

    @Test
    void anEnglishCardSpeaksEnglish() {
        BoundChat bound = server.boundAdvertiser("Bakery", "en");
        AdFixtures fixtures = new AdFixtures(server.http());
        String campaign = fixtures.campaign(bound.advertiserId().toString()).withoutTargeting().impressionsLimit(1000).clicksLimit(10)
                .startDate(fixtures.today() + 2).endDate(fixtures.today() + 5).create();
        FakeChat chat = bound.chat();
        chat.pressRaw(chat.lastMessage().messageId(), "c:" + campaign);
        chat.awaitScreen(screen -> screen.contains("🕓 Scheduled") && screen.contains("Impressions: 0 of 1000")
                && screen.contains("Clicks: 0 of 10") && screen.contains("starts in 2 days")
                && screen.contains("Audience: every client"));
    }

    @Test
    void statisticsAreOneMessageOfChartAndReportThatViewingThemAgainEditsInPlace() throws IOException {
        BoundChat bound = server.boundAdvertiser("Книжный магазин", "ru");
        AdFixtures fixtures = new AdFixtures(server.http());
        String location = AdFixtures.uniqueLocation();
        String campaign = fixtures.campaign(bound.advertiserId().toString()).location(location)
                .impressionsLimit(100).clicksLimit(10).costPerImpression("1.50").costPerClick("4.00").create();
        HttpClientForTests http = server.http();
        int[] impressionsPerDay = {3, 6, 4};
        for (int day = 0; day < impressionsPerDay.length; day++) {
            int impressions = impressionsPerDay[day];
            if (day > 0) {
                fixtures.setDay(fixtures.today() + 1);
            }
            for (String client : fixtures.newClients(impressions, location)) {
                assertEquals(200, http.get("/ads?client_id=" + client).status());
                if (impressions == 6) {
                    assertEquals(204, http.post("/ads/" + campaign + "/click", "{\"client_id\": \"" + client + "\"}").status());
                }
            }
        }
        FakeChat chat = bound.chat();
        chat.pressButton("📊 Статистика");
        BotMessage totals = chat.awaitScreen(screen -> screen.hasPhoto() && screen.contains("все кампании") && screen.contains("Показы: 13"));
        assertTrue(totals.contains("Клики: 6") && totals.contains("43.50") && totals.hasButtonLabeled("🔄 Обновить"), totals.text());
        BufferedImage picture = ImageIO.read(new ByteArrayInputStream(totals.photo()));
        assertEquals(List.of(800, 1000), List.of(picture.getWidth(), picture.getHeight()), "drawn for a phone");
        assertArrayEquals(chartOf(fixtures, bound, new StatsChart.Labels("День", "Показы", "Клики", "Расход за день")), totals.photo());

        chat.pressRaw(totals.messageId(), "sc:" + campaign);
        BotMessage ofCampaign = chat.awaitScreen(screen -> screen.contains("Конверсия") && !screen.contains("все кампании"));
        assertEquals(totals.messageId(), ofCampaign.messageId(), "the same message, edited");
        assertTrue(ofCampaign.hasPhoto() && ofCampaign.hasButtonLabeled("📊 Рекламодатель"), ofCampaign.toString());

        fixtures.shownAd(fixtures.newClient(location));
        chat.pressButton("🔄 Обновить");
        BotMessage refreshed = chat.awaitScreen(screen -> screen.contains("Показы: 14"));
        assertEquals(totals.messageId(), refreshed.messageId());
        assertTrue(refreshed.hasPhoto() && refreshed.contains("Конверсия"), refreshed.toString());
        assertEquals(1, chat.messages().stream().filter(BotMessage::hasPhoto).count(), "one chart, never a second photo");

        chat.pressButton("🏠 Главное меню");
        chat.awaitScreen(screen -> screen.hasButtonLabeled("📊 Статистика") && !screen.hasPhoto());
        assertTrue(chat.messages().stream().anyMatch(message -> message.messageId() == totals.messageId() && message.hasPhoto()),
                "no edit takes a photo away: the menu comes as a new message below the chart");
    }

    @Test
    void anEnglishClientGetsTheStatisticsInEnglish() {
        BoundChat bound = server.boundAdvertiser("Bakery", "en");
        AdFixtures fixtures = new AdFixtures(server.http());
        String location = AdFixtures.uniqueLocation();
        String campaign = fixtures.campaign(bound.advertiserId().toString()).location(location).adTitle("Fresh bread")
                .costPerImpression("0.25").costPerClick("1").create();
        List<String> clients = fixtures.newClients(2, location);
        clients.forEach(client -> assertEquals(campaign, fixtures.shownAd(client)));
        fixtures.clicked(campaign, clients.get(0));
        FakeChat chat = bound.chat();
        chat.pressButton("📊 Statistics");
        BotMessage totals = chat.awaitScreen(screen -> screen.hasPhoto() && screen.contains("all campaigns"));
        assertTrue(totals.contains("Impressions: 2") && totals.contains("Clicks: 1") && totals.contains("Spent in total: 1.50")
                && totals.hasButtonLabeled("🔄 Refresh") && totals.hasButtonLabeled("📋 All campaigns"), totals.toString());
        assertArrayEquals(chartOf(fixtures, bound, new StatsChart.Labels("Day", "Impressions", "Clicks", "Spent per day")), totals.photo());

        chat.pressButton("📊 Fresh bread");
        BotMessage ofCampaign = chat.awaitScreen(screen -> screen.contains("Conversion: 50.00 %") && !screen.contains("all campaigns"));
        assertEquals(totals.messageId(), ofCampaign.messageId());
        assertTrue(ofCampaign.hasPhoto() && ofCampaign.hasButtonLabeled("« To the campaign"), ofCampaign.toString());
    }

    @Test
    void adminsSwitchModerationAndMoveTheClock() {
        FakeChat admin = server.admin();
        admin.send("/start");
        admin.awaitScreen(screen -> screen.hasButtonLabeled("🛡 Модерация"));
        admin.pressButton("🛡 Модерация");
        BotMessage state = admin.awaitScreen(screen -> screen.contains("Модерация"));
        boolean wasOn = state.contains("включена");
        admin.pressButton(wasOn ? "🛡 Выключить модерацию" : "🛡 Включить модерацию");
        admin.awaitScreen(screen -> screen.contains(wasOn ? "Модерация выключена" : "Модерация включена"));
        HttpClientForTests http = server.http();
        assertEquals(!wasOn, http.get("/moderation").json().get("enabled").booleanValue());
        admin.pressButton(wasOn ? "🛡 Включить модерацию" : "🛡 Выключить модерацию");
        admin.awaitScreen(screen -> screen.contains(wasOn ? "Модерация включена" : "Модерация выключена"));

        int today = http.get("/time").json().get("current_date").intValue();
        admin.pressButton("🏠 Главное меню");
        admin.awaitScreen(screen -> screen.hasButtonLabeled("🕒 Время"));
        admin.pressButton("🕒 Время");
        admin.awaitScreen(screen -> screen.contains("Сейчас день " + today));
        admin.pressButton("⏩ Следующий день");
        admin.awaitScreen(screen -> screen.contains("Сейчас день " + (today + 1)));
        assertEquals(today + 1, http.get("/time").json().get("current_date").intValue());
        Screenshots.saveIfRequested("bot-admin", admin.transcript().last(8).withTitle("Администратор: модерация и время"));
    }

    @Test
    void aStaleModerationButtonStillDoesWhatItsLabelSays() {
        HttpClientForTests http = server.http();
        assertEquals(200, http.post("/moderation/toggle", "{\"enabled\": false}").status());
        FakeChat admin = server.admin();
        admin.send("/start");
        admin.awaitMessage(screen -> screen.hasButtonLabeled("🛡 Модерация"));
        admin.pressButton("🛡 Модерация");
        BotMessage stale = admin.awaitMessage(screen -> screen.hasButtonLabeled("🛡 Включить модерацию"));
        admin.send("/menu");
        admin.awaitScreen(screen -> screen.hasButtonLabeled("🛡 Модерация") && screen.messageId() > stale.messageId());
        admin.pressButton("🛡 Модерация");
        admin.awaitScreen(screen -> screen.hasButtonLabeled("🛡 Включить модерацию") && screen.messageId() > stale.messageId());
        admin.pressButton("🛡 Включить модерацию");
        admin.awaitScreen(screen -> screen.contains("Модерация включена"));

        admin.pressRaw(stale.messageId(), stale.button("🛡 Включить модерацию").orElseThrow().callbackData());
        admin.awaitMessage(screen -> screen.messageId() == stale.messageId() && screen.contains("Модерация включена")
                && screen.hasButtonLabeled("🛡 Выключить модерацию"));
        assertEquals(true, http.get("/moderation").json().get("enabled").booleanValue());

        admin.pressButton("🛡 Выключить модерацию");
        admin.awaitMessage(screen -> screen.contains("Модерация выключена"));
        assertEquals(false, http.get("/moderation").json().get("enabled").booleanValue());
    }

    @Test
    void generatedTextLeadsIntoANewCampaign() {
        server.openAi().generates("Книги со скидкой всю неделю!");
        FakeChat chat = server.boundAdvertiser("Читай-город", "ru").chat();
        int start = chat.transcript().size();
        chat.pressButton("✨ Генерация рекламного текста");
        chat.awaitScreen(screen -> screen.contains("Введите заголовок"));
        chat.send("Неделя книг");
        chat.awaitScreen(screen -> screen.hasButtonLabeled("Читай-город"));
        chat.pressButton("Читай-город");
        chat.awaitScreen(screen -> screen.contains("Книги со скидкой всю неделю!"));
        server.openAi().generates("Второй вариант: читайте больше!");
        chat.pressButton("🔄 Ещё вариант");
        chat.awaitScreen(screen -> screen.contains("Второй вариант"));
        chat.pressButton("➕ Создать кампанию с этим текстом");
        chat.awaitScreen(screen -> screen.contains("шаг 3 из 12"));
        Screenshots.saveIfRequested("bot-text-generation", chat.transcript().from(start).withTitle("Генерация рекламного текста"));
        chat.send("/cancel");
        chat.awaitScreen(screen -> screen.contains("Диалог прерван"));
    }

    @Test
    void anAdminPicksWhichAdvertiserRunsTheGeneratedText() {
        advertisersForTwoPages();
        FakeChat admin = server.admin();
        admin.send("/start");
        admin.awaitScreen(screen -> screen.hasButtonLabeled("✨ Генерация рекламного текста"));
        admin.pressButton("✨ Генерация рекламного текста");
        admin.awaitScreen(screen -> screen.contains("Введите заголовок"));
        admin.send("Распродажа");
        admin.awaitScreen(screen -> screen.contains("Введите название"));
        admin.send("Магазин у дома");
        admin.awaitScreen(screen -> screen.hasButtonLabeled("➕ Создать кампанию с этим текстом"));
        admin.pressButton("➕ Создать кампанию с этим текстом");
        admin.awaitScreen(screen -> screen.contains("Для какого рекламодателя") && screen.hasButton("gup:2"));
        admin.press("gup:2");
        BotMessage secondPage = admin.awaitScreen(screen -> screen.buttonLabels().stream().anyMatch(label -> label.startsWith("2/")));
        String advertiser = secondPage.buttons().get(0).get(0).callbackData();
        assertTrue(advertiser.startsWith("gu:"), advertiser);
        admin.press(advertiser);
        admin.awaitScreen(screen -> screen.contains("шаг 3 из 12"));
        admin.send("/cancel");
        admin.awaitScreen(screen -> screen.contains("Диалог прерван"));
    }

    @Test
    void anAdminPagesThroughTheAdvertisersToGenerateForAndTellsApartTheSameNames() {
        advertisersForTwoPages();
        server.openAi().generates("Распродажа весь день!");
        FakeChat admin = server.admin();
        admin.send("/start");
        admin.awaitScreen(screen -> screen.hasButtonLabeled("✨ Генерация рекламного текста"));
        admin.pressButton("✨ Генерация рекламного текста");
        admin.awaitScreen(screen -> screen.contains("Введите заголовок"));
        admin.send("Распродажа");

        BotMessage first = admin.awaitScreen(screen -> screen.contains("Введите название") && screen.hasButton("gap:2")
                && screen.hasButtonLabeled("🏠 Главное меню"));
        List<String> shops = first.buttonLabels().stream().filter(label -> label.startsWith("Shop")).toList();
        assertTrue(shops.size() > 1 && shops.stream().allMatch(label -> label.matches("Shop · [0-9a-f]{8}")), first.toString());
        assertEquals(shops.size(), shops.stream().distinct().count(), first.toString());
        admin.press("gap:2");
        BotMessage second = admin.awaitScreen(screen -> screen.buttonLabels().stream().anyMatch(label -> label.startsWith("2/"))
                && screen.contains("Введите название"));
        String advertiser = second.buttons().get(0).get(0).callbackData();
        assertTrue(advertiser.startsWith("ga:"), advertiser);
        admin.press(advertiser);
        admin.awaitScreen(screen -> screen.contains("Распродажа весь день!"));
        int before = admin.transcript().size();
        admin.pressRaw(second.messageId(), "gap:1");
        server.telegram().assertAllCallbacksAnswered(Duration.ofSeconds(5));
        assertTrue(admin.transcript().from(before).entries().contains(new Transcript.BotAnswered(
                "Эта кнопка устарела. Откройте раздел заново из главного меню.", false)), admin.transcript().from(before).toString());
    }

    @Test
    void pressingThePageCounterChangesNothing() {
        advertisersForTwoPages();
        FakeChat admin = server.admin();
        admin.send("/start");
        admin.awaitMessage(screen -> screen.hasButtonLabeled("📋 Кампании"));
        admin.pressButton("📋 Кампании");
        BotMessage list = admin.awaitMessage(screen -> screen.contains("Выберите рекламодателя"));
        String counter = list.buttonLabels().stream().filter(label -> label.matches("1/\\d+")).findFirst().orElseThrow();

        admin.pressButton(counter);

        server.telegram().assertAllCallbacksAnswered(Duration.ofSeconds(5));
        server.telegram().assertNoRejectedCalls();
        assertEquals(list.buttons(), admin.lastMessage().buttons());
    }

    @ParameterizedTest
    @CsvSource({
            "ru, ✨ Генерация рекламного текста, Введите заголовок, Языковая модель сейчас недоступна, 🔄 Попробовать снова, Языковая модель недоступна",
            "en, ✨ Ad text generation, Type the ad’s title, The language model is unavailable right now, 🔄 Try again, The language model is unavailable"})
    void aRetryThatFailsAgainLeavesTheScreenAsItIsAndSaysSo(String language, String menu, String askTitle, String unavailable,
            String retry, String notice) {
        String advertiser = "Повтор " + language;
        FakeChat chat = server.boundAdvertiser(advertiser, language).chat();
        server.openAi().generationFails(500);
        try {
            chat.pressButton(menu);
            chat.awaitScreen(screen -> screen.contains(askTitle));
            chat.send("Title");
            chat.awaitScreen(screen -> screen.hasButtonLabeled(advertiser));
            chat.pressButton(advertiser);
            BotMessage failed = chat.awaitScreen(screen -> screen.contains(unavailable));
            int before = chat.transcript().size();

            chat.pressButton(retry);

            server.telegram().assertAllCallbacksAnswered(Duration.ofSeconds(10));
            server.telegram().assertNoRejectedCalls();
            assertTrue(chat.transcript().from(before).entries().contains(new Transcript.BotAnswered(notice, false)),
                    chat.transcript().from(before).toString());
            assertEquals(failed.text(), chat.lastMessage().text());
            server.openAi().generates("Works again");
            chat.pressButton(retry);
            chat.awaitScreen(screen -> screen.contains("Works again"));
        } finally {
            server.openAi().generates("Fresh coffee every morning.");
        }
    }

    @Test
    void aChatWaitingOnASlowModelDoesNotDelayAnotherChat() {
        FakeChat slow = server.boundAdvertiser("Медленный", "ru").chat();
        FakeChat quick = server.boundAdvertiser("Быстрый", "ru").chat();
        server.openAi().generationHangs(Duration.ofSeconds(4));
        try {
            slow.pressButton("✨ Генерация рекламного текста");
            slow.awaitScreen(screen -> screen.contains("Введите заголовок"));
            slow.send("Тест скорости");
            slow.awaitScreen(screen -> screen.hasButtonLabeled("Медленный"));
            slow.pressButton("Медленный");
            Instant pressed = Instant.now();

            quick.send("/start");
            quick.awaitScreen(screen -> screen.hasButtonLabeled("📋 Кампании") && screen.messageId() > 2);
            Duration quickAnswer = Duration.between(pressed, Instant.now());
            assertTrue(quickAnswer.compareTo(Duration.ofSeconds(3)) < 0, "the other chat waited " + quickAnswer);

            slow.awaitScreen(screen -> screen.contains("too late"), Duration.ofSeconds(15));
        } finally {
            server.openAi().generates("Fresh coffee every morning.");
        }
    }

    @Test
    void aBoundChatIsToldOnceWhenItsCampaignReachesItsLimitsAndWhenItEnds() {
        BoundChat bound = server.boundAdvertiser("Уведомления", "ru");
        AdFixtures fixtures = new AdFixtures(server.http());
        String location = AdFixtures.uniqueLocation();
        fixtures.campaign(bound.advertiserId().toString()).location(location)
                .impressionsLimit(2).clicksLimit(1).costPerImpression("1.00").costPerClick("1.00").create();
        List<String> clients = fixtures.newClients(2, location);
        String campaign = fixtures.shownAd(clients.get(0));
        fixtures.shownAd(clients.get(1));
        FakeChat chat = bound.chat();
        chat.awaitMessage(message -> message.contains("набрала лимит показов") && message.contains("Показы: 2 · клики: 0"),
                Duration.ofSeconds(10));
        fixtures.clicked(campaign, clients.get(0));
        chat.awaitMessage(message -> message.contains("набрала лимит кликов и больше не показывается")
                && message.contains("Показы: 2 · клики: 1 · CTR 50.00 %") && message.contains("Потрачено: 3.00"), Duration.ofSeconds(10));
        fixtures.setDay(fixtures.today() + 40);
        chat.awaitMessage(message -> message.contains("завершилась"), Duration.ofSeconds(10));
        BotTestServer.sleep(1_000);
        long limitNotices = chat.messages().stream().filter(message -> message.contains("набрала лимит показов")).count();
        assertEquals(1, limitNotices);
    }

    /** The chart the bot draws with these labels of the advertiser's days as the REST API reports them. */
    private static byte[] chartOf(AdFixtures fixtures, BoundChat bound, StatsChart.Labels labels) {
        List<DailyStats> days = new ArrayList<>();
        for (JsonNode day : fixtures.advertiserDaily(bound.advertiserId().toString())) {
            days.add(new DailyStats(day.get("date").asInt(), new Stats(day.get("impressions_count").asLong(),
                    day.get("clicks_count").asLong(), day.get("spent_impressions").decimalValue(), day.get("spent_clicks").decimalValue())));
        }
        return StatsChart.png(days, labels);
    }

    /** Enough advertisers that the admin's list of them spans pages. */
    private static void advertisersForTwoPages() {
        AdFixtures fixtures = new AdFixtures(server.http());
        for (int i = 0; i < Lists.PAGE_SIZE + 1; i++) {
            fixtures.newAdvertiser();
        }
    }

    private static byte[] image(Color color, String format) {
        BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        var graphics = image.createGraphics();
        graphics.setColor(color);
        graphics.fillRect(0, 0, 64, 48);
        graphics.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
