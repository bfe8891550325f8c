package adengine.app.bot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import adengine.app.bot.BotTestServer.BoundChat;
import adengine.app.testing.AdFixtures;
import adengine.app.testing.HttpClientForTests;
import adengine.bot.conversation.Lists;
import adengine.faketelegram.BotMessage;
import adengine.faketelegram.FakeChat;
import adengine.faketelegram.Transcript;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Campaigns through the bot, end to end: the creation dialog, editing, deleting, rights, restarts. */
class BotCampaignDialogTest {
    @RegisterExtension
    static final BotTestServer server = new BotTestServer();


    @Test
    void theCreationDialogChecksEveryAnswerAndCreatesTheCampaign() {
        server.openAi().generates("Лучший кофе в городе — заходите утром!");
        BoundChat bound = server.boundAdvertiser("Кофейня Зерно", "ru");
        FakeChat chat = bound.chat();

        chat.pressButton("📋 Кампании");
        chat.awaitScreen(screen -> screen.contains("Активных кампаний нет"));
        chat.pressButton("➕ Новая кампания");
        chat.awaitScreen(screen -> screen.contains("шаг 1 из 12"));

        chat.send("К".repeat(257));
        chat.awaitScreen(screen -> screen.contains("Заголовок: не длиннее 256 символов") && screen.contains("шаг 1 из 12"));
        chat.send("Свежий кофе");
        chat.awaitScreen(screen -> screen.contains("шаг 2 из 12"));
        chat.pressButton("✨ Сгенерировать текст");
        chat.awaitScreen(screen -> screen.contains("Лучший кофе в городе"));
        chat.pressButton("✅ Использовать этот текст");
        chat.awaitScreen(screen -> screen.contains("шаг 3 из 12"));

        chat.send("завтра");
        chat.awaitScreen(screen -> screen.contains("Нужно целое число") && screen.contains("шаг 3 из 12"));
        chat.press("dt");
        chat.awaitScreen(screen -> screen.contains("шаг 4 из 12"));
        chat.send("-1");
        chat.awaitScreen(screen -> screen.contains("День окончания: не меньше 0") && screen.contains("шаг 4 из 12"));
        chat.send("5");
        chat.awaitScreen(screen -> screen.contains("шаг 5 из 12"));
        chat.send("-5");
        chat.awaitScreen(screen -> screen.contains("Лимит показов: не меньше 0"));
        chat.send("1 000");
        chat.awaitScreen(screen -> screen.contains("шаг 6 из 12"));
        chat.send("2000");
        chat.awaitScreen(screen -> screen.contains("Лимит кликов: не может быть больше лимита показов"));
        chat.send("50");
        chat.awaitScreen(screen -> screen.contains("шаг 7 из 12"));
        chat.send("-0,5");
        chat.awaitScreen(screen -> screen.contains("Цена показа: значение не может быть меньше нуля"));
        chat.send("0,5");
        chat.awaitScreen(screen -> screen.contains("шаг 8 из 12"));
        chat.send("2.75");
        chat.awaitScreen(screen -> screen.contains("шаг 9 из 12") && screen.hasButtonLabeled("👩 Женщины"));
        chat.send("женщины");
        chat.awaitScreen(screen -> screen.contains("Выберите вариант кнопкой"));
        chat.pressButton("⏭ Пропустить весь таргетинг");
        BotMessage summary = chat.awaitScreen(screen -> screen.contains("проверьте"));
        assertTrue(summary.contains("Свежий кофе") && summary.contains("Лучший кофе в городе") && summary.contains("1000")
                && summary.contains("не задано"), summary.text());

        chat.pressButton("✏️ Изменить");
        chat.awaitScreen(screen -> screen.contains("Что изменить"));
        chat.pressButton("Заголовок");
        chat.awaitScreen(screen -> screen.contains("изменение перед созданием") && !screen.contains("шаг 1 из 12")
                && !screen.hasButtonLabeled("✖️ Отмена"));
        chat.pressButton("« К сводке");
        chat.awaitScreen(screen -> screen.contains("проверьте") && screen.contains("Лучший кофе в городе"));
        chat.pressButton("✏️ Изменить");
        chat.awaitScreen(screen -> screen.contains("Что изменить"));
        chat.pressButton("Заголовок");
        chat.awaitScreen(screen -> screen.contains("изменение перед созданием"));
        chat.send("Свежий кофе каждый день");
        chat.awaitScreen(screen -> screen.contains("проверьте") && screen.contains("Свежий кофе каждый день"));
        chat.pressButton("✅ Создать");
        BotMessage card = chat.awaitScreen(screen -> screen.contains("Идёт") && screen.hasButtonLabeled("✏️ Изменить"));
        assertTrue(card.contains("Свежий кофе каждый день") && card.contains("Изображения нет"), card.text());

        JsonNode campaigns = server.http().get(AdFixtures.campaigns(bound.advertiserId().toString())).json();
        assertEquals(1, campaigns.size(), campaigns.toString());
        JsonNode campaign = campaigns.get(0);
        assertEquals("Свежий кофе каждый день", campaign.get("ad_title").asText());
        assertEquals("Лучший кофе в городе — заходите утром!", campaign.get("ad_text").asText());
        assertEquals(1000, campaign.get("impressions_limit").intValue());
        assertEquals(50, campaign.get("clicks_limit").intValue());
        assertEquals("0.5", campaign.get("cost_per_impression").asText());
        assertEquals("2.75", campaign.get("cost_per_click").asText());
        assertEquals(5, campaign.get("end_date").intValue());
        assertTrue(campaign.get("targeting").get("location") == null || campaign.get("targeting").get("location").isNull(),
                campaign.toString());
    }

    @Test
    void targetingIsAskedStepByStepAndEachStepMayBeSkipped() {
        FakeChat chat = server.boundAdvertiser("Студия йоги", "ru").chat();
        chat.pressButton("📋 Кампании");
        chat.awaitScreen(screen -> screen.hasButtonLabeled("➕ Новая кампания"));
        chat.pressButton("➕ Новая кампания");
        CreationDialog.answer(chat, "Йога утром", "Растяжка и дыхание", "0", "3", "100", "10", "1", "5");
        chat.awaitScreen(screen -> screen.contains("шаг 9 из 12"));
        chat.pressButton("👩 Женщины");
        chat.awaitScreen(screen -> screen.contains("шаг 10 из 12"));
        chat.send("200");
        chat.awaitScreen(screen -> screen.contains("Возраст от: от 0 до 150"));
        chat.send("30");
        chat.awaitScreen(screen -> screen.contains("шаг 11 из 12"));
        chat.send("25");
        chat.awaitScreen(screen -> screen.contains("не может быть больше возраста «до»"));
        chat.pressButton("⏭ Пропустить");
        chat.awaitScreen(screen -> screen.contains("шаг 12 из 12"));
        chat.send("Казань");
        chat.awaitScreen(screen -> screen.contains("проверьте") && screen.contains("Казань") && screen.contains("Женщины"));
        chat.pressButton("✅ Создать");
        chat.awaitScreen(screen -> screen.contains("Йога утром") && screen.hasButtonLabeled("🗑 Удалить"));
    }

    @Test
    void theLocationStepOffersTheClientsCitiesTheMostCommonFirstAndATypedPartNarrowsThem() {
        AdFixtures fixtures = new AdFixtures(server.http());
        String tag = uniqueWord();
        for (int clients = 1; clients <= Lists.PAGE_SIZE + 1; clients++) {
            fixtures.newClients(clients, "Посёлок " + clients + " " + tag);
        }
        FakeChat chat = server.boundAdvertiser("Агроферма", "ru").chat();

        BotMessage question = CreationDialog.openAtLocation(chat, fixtures.today());
        assertTrue(question.contains("Выберите город клиентов (сначала самые частые)"), question.text());
        List<Long> counts = locations(question).stream().map(label -> Long.valueOf(label.replaceAll(".* · ", ""))).toList();
        assertEquals(Lists.PAGE_SIZE, counts.size(), question.toString());
        assertEquals(counts.stream().sorted(Comparator.reverseOrder()).toList(), counts, "the most common first");

        chat.send(tag.toUpperCase(Locale.ROOT));
        BotMessage narrowed = chat.awaitScreen(screen -> screen.contains("🔎 Поиск: «" + tag.toUpperCase(Locale.ROOT) + "»"));
        assertEquals(IntStream.rangeClosed(2, Lists.PAGE_SIZE + 1).map(n -> Lists.PAGE_SIZE + 3 - n)
                .mapToObj(n -> "Посёлок " + n + " " + tag + " · " + n).toList(), locations(narrowed));
        assertTrue(narrowed.hasButtonLabeled("1/2") && narrowed.hasButtonLabeled("✏️ Оставить «" + tag.toUpperCase(Locale.ROOT) + "»")
                && narrowed.hasButtonLabeled("📋 Все города") && !narrowed.hasButtonLabeled("🔎 Поиск"), narrowed.toString());
        chat.pressButton("▶");
        chat.awaitScreen(screen -> screen.hasButtonLabeled("2/2") && locations(screen).equals(List.of("Посёлок 1 " + tag + " · 1")));
        chat.pressButton("Посёлок 1 " + tag + " · 1");
        chat.awaitScreen(screen -> screen.contains("проверьте") && screen.contains("Город: Посёлок 1 " + tag) && !screen.contains("⚠️"));

        changeTheCity(chat);
        chat.send("Посёлок 3 " + tag);
        chat.awaitScreen(screen -> screen.contains("проверьте") && screen.contains("Город: Посёлок 3 " + tag) && !screen.contains("⚠️"));

        changeTheCity(chat);
        chat.send("Посёлок");
        chat.awaitScreen(screen -> screen.contains("🔎 Поиск: «Посёлок»") && screen.hasButtonLabeled("Посёлок 9 " + tag + " · 9"));
        chat.pressButton("✏️ Оставить «Посёлок»");
        chat.awaitScreen(screen -> screen.contains("проверьте") && screen.contains("Город: Посёлок")
                && screen.contains("Ни у одного клиента нет города «Посёлок»"));
    }

    @Test
    void aCityButtonOfAListThatHasChangedSinceChoosesNothingAndShowsTheListAsItIsNow() {
        AdFixtures fixtures = new AdFixtures(server.http());
        String tag = uniqueWord();
        fixtures.newClients(2, "Альфа " + tag);
        fixtures.newClients(1, "Бета " + tag);
        FakeChat chat = server.boundAdvertiser("Рынок", "ru").chat();
        CreationDialog.openAtLocation(chat, fixtures.today());
        chat.send(tag);
        BotMessage shown = chat.awaitScreen(screen -> locations(screen).equals(List.of("Альфа " + tag + " · 2", "Бета " + tag + " · 1")));

        fixtures.newClients(5, "Бета " + tag);
        chat.pressButton("Альфа " + tag + " · 2");

        chat.awaitScreen(screen -> screen.messageId() == shown.messageId()
                && locations(screen).equals(List.of("Бета " + tag + " · 6", "Альфа " + tag + " · 2")));
        server.telegram().assertAllCallbacksAnswered(Duration.ofSeconds(5));
        assertTrue(chat.transcript().entries().contains(new Transcript.BotAnswered("Список изменился: выберите ещё раз", false)),
                chat.transcript().last(4).toString());
        chat.pressButton("Альфа " + tag + " · 2");
        chat.awaitScreen(screen -> screen.contains("проверьте") && screen.contains("Город: Альфа " + tag));
    }

    @Test
    void theCityQuestionSpeaksEnglish() {
        AdFixtures fixtures = new AdFixtures(server.http());
        String tag = uniqueWord();
        fixtures.newClients(2, "Springfield " + tag);
        fixtures.newClients(1, "Springdale " + tag);
        BoundChat bound = server.boundAdvertiser("Farm", "en");
        String campaign = fixtures.campaign(bound.advertiserId().toString()).create();
        FakeChat chat = bound.chat();
        chat.pressRaw(chat.lastMessage().messageId(), "c:" + campaign);
        chat.awaitScreen(screen -> screen.hasButtonLabeled("🔁 Duplicate"));
        chat.pressButton("🔁 Duplicate");
        chat.awaitScreen(screen -> screen.hasButtonLabeled("✏️ Change"));
        chat.pressButton("✏️ Change");
        chat.awaitScreen(screen -> screen.hasButtonLabeled("City"));
        chat.pressButton("City");
        chat.awaitScreen(screen -> screen.contains("Choose one of the clients’ cities (the most common first)"));

        chat.send("SPRING");
        BotMessage narrowed = chat.awaitScreen(screen -> screen.contains("🔎 Search: “SPRING”"));
        assertEquals(List.of("Springfield " + tag + " · 2", "Springdale " + tag + " · 1"), locations(narrowed));
        assertTrue(narrowed.hasButtonLabeled("✏️ Keep “SPRING”") && narrowed.hasButtonLabeled("📋 All cities"), narrowed.toString());
        chat.pressButton("Springdale " + tag + " · 1");
        chat.awaitScreen(screen -> screen.contains("please check") && screen.contains("City: Springdale " + tag));
    }

    /** From the summary, to the question that changes the city. */
    private static void changeTheCity(FakeChat chat) {
        chat.pressButton("✏️ Изменить");
        chat.awaitScreen(screen -> screen.contains("Что изменить"));
        chat.pressButton("Город");
        chat.awaitScreen(screen -> screen.contains("изменение перед созданием") && screen.contains("Выберите город клиентов"));
    }

    /** The labels of the city buttons («name · clients»), in order. */
    private static List<String> locations(BotMessage screen) {
        return screen.buttonLabels().stream().filter(label -> label.matches(".+ · \\d+")).toList();
    }

    /** A word no other test uses, with letters of both cases' scripts. */
    private static String uniqueWord() {
        return "тег" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void editingOffersOnlyWhatMayStillChangeAndDeletingAsksFirst() {
        BoundChat bound = server.boundAdvertiser("Пекарня", "ru");
        AdFixtures fixtures = new AdFixtures(server.http());
        String running = fixtures.campaign(bound.advertiserId().toString()).location("Тверь")
                .startDate(fixtures.today()).endDate(fixtures.today() + 3).create();
        FakeChat chat = bound.chat();

        chat.pressRaw(chat.lastMessage().messageId(), "c:" + running);
        chat.awaitScreen(screen -> screen.contains("Идёт"));
        chat.pressButton("✏️ Изменить");
        BotMessage fields1 = chat.awaitScreen(screen -> screen.contains("Кампания уже идёт"));
        assertFalse(fields1.hasButtonLabeled("Лимит показов") || fields1.hasButtonLabeled("День окончания"), fields1.buttonLabels().toString());
        chat.pressRaw(fields1.messageId(), "cef:" + running + ":IMPRESSIONS_LIMIT");
        chat.awaitMessage(message -> message.contains("Эта кнопка устарела"));

        chat.pressRaw(fields1.messageId(), "cef:" + running + ":TITLE");
        chat.awaitMessage(message -> message.contains("Заголовок: сейчас"));
        chat.send("Горячий хлеб");
        chat.awaitScreen(screen -> screen.contains("Горячий хлеб") && screen.hasButtonLabeled("🗑 Удалить"));
        assertEquals("Горячий хлеб", server.http().get(AdFixtures.campaigns(bound.advertiserId().toString()))
                .json().get(0).get("ad_title").asText());

        chat.pressButton("🗑 Удалить");
        chat.awaitScreen(screen -> screen.contains("Удалить кампанию"));
        chat.pressButton("🗑 Да, удалить");
        chat.awaitScreen(screen -> screen.contains("Активных кампаний нет"));
        assertEquals(0, server.http().get(AdFixtures.campaigns(bound.advertiserId().toString())).json().size());
    }

    @Test
    void aBoundUserCannotReachAnotherAdvertisersCampaignEvenWithCraftedButtons() {
        BoundChat owner = server.boundAdvertiser("Владелец", "ru");
        BoundChat intruder = server.boundAdvertiser("Чужой", "ru");
        AdFixtures fixtures = new AdFixtures(server.http());
        String campaign = fixtures.campaign(owner.advertiserId().toString()).location("Омск")
                .startDate(fixtures.today()).endDate(fixtures.today() + 3).create();
        FakeChat chat = intruder.chat();
        int message = chat.lastMessage().messageId();

        for (String crafted : new String[] {"c:" + campaign, "cd:" + campaign, "cdy:" + campaign, "ce:" + campaign,
                "cef:" + campaign + ":TITLE", "i:" + campaign, "iv:" + campaign, "sc:" + campaign,
                "ca:" + owner.advertiserId(), "sa:" + owner.advertiserId(), "cna:" + owner.advertiserId()}) {
            chat.pressRaw(message, crafted);
            chat.awaitMessage(reply -> reply.contains("Не найдено"));
        }
        chat.pressRaw(message, "mt");
        chat.pressRaw(message, "ta");
        chat.pressRaw(message, "c:not-a-uuid");
        chat.awaitMessage(reply -> reply.contains("Эта кнопка устарела"));

        HttpClientForTests http = server.http();
        assertEquals(1, http.get(AdFixtures.campaigns(owner.advertiserId().toString())).json().size());
        assertEquals(fixtures.today(), http.get("/time").json().get("current_date").intValue());
    }

    @Test
    void leavingADraftWithAnswersAsksFirst() {
        FakeChat chat = server.boundAdvertiser("Булочная", "ru").chat();
        chat.pressButton("📋 Кампании");
        chat.awaitScreen(screen -> screen.hasButtonLabeled("➕ Новая кампания"));
        chat.pressButton("➕ Новая кампания");
        chat.awaitScreen(screen -> screen.contains("шаг 1 из 12") && !screen.hasButtonLabeled("🏠 Главное меню"));
        chat.send("Багеты");
        chat.awaitScreen(screen -> screen.contains("шаг 2 из 12"));

        chat.pressButton("✖️ Отмена");
        chat.awaitScreen(screen -> screen.contains("Ответов введено: 1"));
        chat.pressButton("« Продолжить");
        chat.awaitScreen(screen -> screen.contains("шаг 2 из 12"));
        chat.send("Хрустящие багеты каждое утро");
        chat.awaitScreen(screen -> screen.contains("шаг 3 из 12"));
        chat.pressButton("✖️ Отмена");
        chat.awaitScreen(screen -> screen.contains("Ответов введено: 2"));
        chat.pressButton("🗑 Выйти без сохранения");
        chat.awaitScreen(screen -> screen.contains("Создание кампании отменено") && screen.hasButtonLabeled("🏠 Главное меню"));
    }

    @Test
    void cancelLeavesTheDialogAndARestartInTheMiddleLosesNothing() {
        FakeChat chat = server.boundAdvertiser("Цветы", "ru").chat();
        chat.pressButton("📋 Кампании");
        chat.awaitScreen(screen -> screen.hasButtonLabeled("➕ Новая кампания"));
        chat.pressButton("➕ Новая кампания");
        chat.awaitScreen(screen -> screen.contains("шаг 1 из 12"));
        chat.send("/cancel");
        chat.awaitScreen(screen -> screen.contains("Диалог прерван"));
        chat.send("Розы");
        chat.awaitScreen(screen -> screen.contains("Выберите действие в меню"));

        chat.pressButton("🏠 Главное меню");
        chat.awaitScreen(screen -> screen.hasButtonLabeled("📋 Кампании"));
        chat.pressButton("📋 Кампании");
        chat.awaitScreen(screen -> screen.hasButtonLabeled("➕ Новая кампания"));
        chat.pressButton("➕ Новая кампания");
        chat.awaitScreen(screen -> screen.contains("шаг 1 из 12"));
        chat.send("Тюльпаны к празднику");
        chat.awaitScreen(screen -> screen.contains("шаг 2 из 12"));

        server.restart();

        chat.send("Свежие тюльпаны с доставкой");
        chat.awaitScreen(screen -> screen.contains("шаг 3 из 12"));
        chat.press("dt");
        chat.awaitScreen(screen -> screen.contains("шаг 4 из 12"));
        chat.send("/cancel");
        chat.awaitScreen(screen -> screen.contains("Диалог прерван"));
    }

    @Test
    void strangersLearnWhatTheBotIsAndNothingElse() {
        FakeChat stranger = server.stranger("ru");
        stranger.send("/start");
        stranger.awaitScreen(screen -> screen.contains("AdEngine") && screen.contains("приглашение"));
        stranger.send("/start not-a-valid-invite");
        stranger.awaitScreen(screen -> screen.contains("Приглашение недействительно"));
        stranger.send("покажи кампании");
        stranger.awaitScreen(screen -> screen.contains("Доступ выдаёт администратор"));
        stranger.pressRaw(stranger.lastMessage().messageId(), "cl");
        stranger.awaitMessage(screen -> screen.contains("Доступ выдаёт администратор"));

        FakeChat english = server.stranger("en");
        english.send("/help");
        english.awaitScreen(screen -> screen.contains("This bot works by invitation"));
    }

    @Test
    void anAdminInvitesAnAdvertiserAndTheLinkWorksOnce() {
        String advertiser = new AdFixtures(server.http()).newAdvertiser();
        FakeChat admin = server.admin();
        admin.send("/start");
        admin.awaitScreen(screen -> screen.contains("администратор") && screen.hasButtonLabeled("🔗 Приглашения"));
        admin.pressButton("🔗 Приглашения");
        admin.awaitScreen(screen -> screen.contains("Выберите рекламодателя: его приглашения"));
        BotMessage invite = null;
        for (int page = 1; invite == null; page++) {
            BotMessage list = admin.lastMessage();
            if (list.hasButton("va:" + advertiser)) {
                admin.press("va:" + advertiser);
                admin.awaitScreen(screen -> screen.contains("Открытых приглашений нет") && screen.contains("Привязанных чатов нет"));
                admin.pressButton("➕ Новое приглашение");
                invite = admin.awaitScreen(screen -> screen.contains("https://t.me/adengine_test_bot?start="));
            } else {
                admin.press("vl:" + (page + 1));
                int next = page + 1;
                admin.awaitScreen(screen -> screen.hasButton("vl:" + next));
            }
        }
        String link = invite.text().replaceAll("(?s).*(https://t\\.me/\\S+).*", "$1");
        String token = link.substring(link.indexOf("start=") + "start=".length());

        FakeChat newcomer = server.stranger("en");
        newcomer.send("/start " + token);
        newcomer.awaitScreen(screen -> screen.contains("This chat now manages") && screen.hasButtonLabeled("📋 Campaigns"));
        FakeChat latecomer = server.stranger("ru");
        latecomer.send("/start " + token);
        latecomer.awaitScreen(screen -> screen.contains("уже использовано"));
    }
}
