package adengine.app.bot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import adengine.app.bot.BotTestServer.BoundChat;
import adengine.app.testing.AdFixtures;
import adengine.bot.conversation.Lists;
import adengine.faketelegram.BotMessage;
import adengine.faketelegram.FakeChat;
import adengine.faketelegram.Transcript;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Long lists through the bot: advertisers and campaigns found by a part of their name, campaigns by scope. */
class BotListsTest {
    @RegisterExtension
    static final BotTestServer server = new BotTestServer();

    @Test
    void anAdminFindsAnAdvertiserByAPartOfItsNameInAnyCaseAndGoesBackToTheWholeList() {
        AdFixtures fixtures = new AdFixtures(server.http());
        String tag = uniqueWord();
        String coffee = fixtures.newAdvertiser("Кофейня «Зерно» " + tag);
        fixtures.newAdvertiser("Чайная " + tag);
        String discount = fixtures.newAdvertiser("Скидки 50% " + tag);
        for (int i = 0; i < Lists.PAGE_SIZE; i++) {
            fixtures.newAdvertiser("Shop");
        }
        FakeChat admin = server.admin();
        admin.send("/start");
        admin.awaitScreen(screen -> screen.hasButtonLabeled("📋 Кампании"));
        admin.pressButton("📋 Кампании");
        admin.awaitScreen(screen -> screen.contains("Выберите рекламодателя") && screen.hasButtonLabeled("🔎 Поиск"));

        admin.pressButton("🔎 Поиск");
        admin.awaitScreen(screen -> screen.contains("Введите часть названия") && screen.hasButtonLabeled("« Назад"));
        admin.send("КОФЕЙНЯ «ЗЕРНО» " + tag.toUpperCase(Locale.ROOT));
        BotMessage found = admin.awaitScreen(screen -> screen.contains("🔎 Поиск: «КОФЕЙНЯ «ЗЕРНО» "));
        assertEquals(List.of("Кофейня «Зерно» " + tag), advertisers(found));
        assertTrue(found.hasButtonLabeled("📋 Весь список") && !found.hasButtonLabeled("1/1"), found.toString());

        admin.pressButton("📋 Весь список");
        admin.awaitScreen(screen -> screen.contains("Выберите рекламодателя") && !screen.contains("🔎 Поиск:")
                && screen.buttonLabels().stream().anyMatch(label -> label.matches("1/\\d+")));

        admin.pressButton("🔎 Поиск");
        admin.awaitScreen(screen -> screen.contains("Введите часть названия"));
        admin.send("%");
        admin.awaitScreen(screen -> advertisers(screen).equals(List.of("Скидки 50% " + tag)));
        admin.pressButton("Скидки 50% " + tag);
        admin.awaitScreen(screen -> screen.contains("Кампании «Скидки 50% " + tag + "»"));
        assertTrue(admin.lastMessage().hasButton("cna:" + discount), admin.lastMessage().toString());

        admin.pressButton("🏠 Главное меню");
        admin.awaitScreen(screen -> screen.hasButtonLabeled("📋 Кампании"));
        admin.pressButton("📋 Кампании");
        admin.awaitScreen(screen -> screen.hasButtonLabeled("🔎 Поиск"));
        admin.pressButton("🔎 Поиск");
        admin.awaitScreen(screen -> screen.contains("Введите часть названия"));
        admin.send("ничего такого " + tag);
        admin.awaitScreen(screen -> screen.contains("По запросу «ничего такого " + tag + "» ничего не найдено")
                && screen.hasButtonLabeled("📋 Весь список") && !screen.hasButton("ca:" + coffee));
    }

    @Test
    void searchResultsPageWithTheSearchAndAdvertisersOfTheSameNameAreToldApart() {
        AdFixtures fixtures = new AdFixtures(server.http());
        String tag = uniqueWord();
        for (int i = 0; i < Lists.PAGE_SIZE + 1; i++) {
            fixtures.newAdvertiser("Ферма " + tag);
        }
        FakeChat admin = server.admin();
        admin.send("/start");
        admin.awaitScreen(screen -> screen.hasButtonLabeled("📊 Статистика"));
        admin.pressButton("📊 Статистика");
        admin.awaitScreen(screen -> screen.hasButtonLabeled("🔎 Поиск"));
        admin.pressButton("🔎 Поиск");
        admin.awaitScreen(screen -> screen.contains("Введите часть названия"));
        admin.send(tag);

        BotMessage first = admin.awaitScreen(screen -> screen.contains("🔎 Поиск: «" + tag + "»") && screen.hasButtonLabeled("1/2"));
        List<String> labels = advertisers(first);
        assertEquals(Lists.PAGE_SIZE, labels.size(), first.toString());
        assertTrue(labels.stream().allMatch(label -> label.matches("Ферма " + tag + " · [0-9a-f]{8}")), labels.toString());
        assertEquals(Lists.PAGE_SIZE, labels.stream().distinct().count(), "every advertiser tells itself apart");
        admin.pressButton("▶");
        BotMessage second = admin.awaitScreen(screen -> screen.hasButtonLabeled("2/2") && screen.contains("🔎 Поиск: «" + tag + "»"));
        assertEquals(List.of("Ферма " + tag), advertisers(second), "alone on its page, the name needs no id");
        assertTrue(second.buttons().get(0).get(0).callbackData().startsWith("sa:"), second.toString());
    }

    @Test
    void campaignsAreShownByScopeWithTheCurrentOneMarkedAndDeletedOnesOnlyAmongAll() {
        BoundChat bound = server.boundAdvertiser("Пекарня у вокзала", "ru");
        AdFixtures fixtures = new AdFixtures(server.http());
        String advertiser = bound.advertiserId().toString();
        int today = fixtures.today();
        fixtures.campaign(advertiser).adTitle("Вчерашний хлеб").startDate(today).endDate(today).create();
        String deleted = fixtures.campaign(advertiser).adTitle("Удалённая акция").create();
        fixtures.deleteCampaign(advertiser, deleted);
        fixtures.setDay(today + 1);
        fixtures.campaign(advertiser).adTitle("Завтрашние булочки").startDate(today + 2).endDate(today + 5).create();
        for (int i = 1; i <= Lists.PAGE_SIZE; i++) {
            fixtures.campaign(advertiser).adTitle("Батон №" + i).create();
        }
        FakeChat chat = bound.chat();
        chat.awaitMessage(message -> message.contains("Вчерашний хлеб завершилась"));

        chat.pressButton("🏠 Главное меню");
        chat.awaitScreen(screen -> screen.hasButtonLabeled("📋 Кампании"));
        chat.pressButton("📋 Кампании");
        BotMessage active = chat.awaitScreen(screen -> screen.contains("Кампании «Пекарня у вокзала» · Активные")
                && screen.contains("Всего: 9") && screen.hasButtonLabeled("✔️ Активные"));
        assertTrue(active.hasButtonLabeled("Завершённые") && active.hasButtonLabeled("Все") && active.hasButtonLabeled("1/2"),
                active.toString());
        chat.pressButton("▶");
        BotMessage activeSecond = chat.awaitScreen(screen -> screen.hasButtonLabeled("2/2") && screen.hasButtonLabeled("✔️ Активные"));
        assertEquals(List.of("🕓 Завтрашние булочки"), campaigns(activeSecond));

        chat.pressButton("Завершённые");
        BotMessage finished = chat.awaitScreen(screen -> screen.hasButtonLabeled("✔️ Завершённые"));
        assertEquals(List.of("🏁 Вчерашний хлеб"), campaigns(finished));
        assertFalse(finished.hasButtonLabeled("🔎 Поиск"), "one page needs no search");

        chat.pressButton("Все");
        BotMessage all = chat.awaitScreen(screen -> screen.hasButtonLabeled("✔️ Все") && screen.contains("Всего: 11"));
        chat.pressButton("▶");
        BotMessage allSecond = chat.awaitScreen(screen -> screen.hasButtonLabeled("2/2") && screen.hasButtonLabeled("✔️ Все"));
        assertEquals(List.of("🕓 Завтрашние булочки", "🗑 Удалённая акция", "🏁 Вчерашний хлеб"), campaigns(allSecond));
        assertTrue(all.contains("🗑 удалена"), all.text());

        int before = chat.transcript().size();
        chat.pressButton("🗑 Удалённая акция");
        server.telegram().assertAllCallbacksAnswered(Duration.ofSeconds(5));
        assertTrue(chat.transcript().from(before).entries().contains(new Transcript.BotAnswered(
                "Кампания удалена: она остаётся в списке для истории, а её расходы — в статистике.", false)),
                chat.transcript().from(before).toString());
    }

    @Test
    void campaignsAreFoundByAPartOfTheTitleLiterallyAndTheSearchStaysWhenTheScopeChanges() {
        BoundChat bound = server.boundAdvertiser("Кофейня на углу", "ru");
        AdFixtures fixtures = new AdFixtures(server.http());
        String advertiser = bound.advertiserId().toString();
        int today = fixtures.today();
        for (int i = 1; i <= Lists.PAGE_SIZE; i++) {
            fixtures.campaign(advertiser).adTitle("Утро №" + i).create();
        }
        fixtures.campaign(advertiser).adTitle("Кофе ☕ −50% до полудня").create();
        fixtures.campaign(advertiser).adTitle("Кофе 50_50 с молоком").startDate(today).endDate(today).create();
        FakeChat chat = bound.chat();
        chat.pressButton("📋 Кампании");
        chat.awaitScreen(screen -> screen.hasButtonLabeled("🔎 Поиск") && screen.hasButtonLabeled("1/2"));

        chat.pressButton("🔎 Поиск");
        chat.awaitScreen(screen -> screen.contains("Введите часть названия"));
        chat.send("кофе ☕");
        BotMessage found = chat.awaitScreen(screen -> screen.contains("🔎 Поиск: «кофе ☕»"));
        assertEquals(List.of("▶️ Кофе ☕ −50% до полудня"), campaigns(found));

        chat.pressButton("🔎 Поиск");
        chat.awaitScreen(screen -> screen.contains("Введите часть названия"));
        chat.send("_");
        chat.awaitScreen(screen -> campaigns(screen).equals(List.of("▶️ Кофе 50_50 с молоком")));
        fixtures.setDay(today + 1);
        chat.awaitMessage(message -> message.contains("Кофе 50_50 с молоком завершилась"));
        // the notice came after the list: the list changes in place, above it
        chat.pressButton("Завершённые");
        chat.awaitMessage(screen -> screen.hasButtonLabeled("✔️ Завершённые") && screen.contains("🔎 Поиск: «_»")
                && campaigns(screen).equals(List.of("🏁 Кофе 50_50 с молоком")));
        chat.pressButton("Активные");
        chat.awaitMessage(screen -> screen.hasButtonLabeled("✔️ Активные") && screen.contains("По запросу «_» ничего не найдено")
                && campaigns(screen).isEmpty());
        chat.pressButton("📋 Весь список");
        chat.awaitMessage(screen -> screen.hasButtonLabeled("✔️ Активные") && screen.contains("Всего: 9") && !screen.contains("🔎 Поиск:"));
    }

    @Test
    void searchAndScopesSpeakEnglish() {
        BoundChat bound = server.boundAdvertiser("Corner Cafe", "en");
        AdFixtures fixtures = new AdFixtures(server.http());
        String advertiser = bound.advertiserId().toString();
        for (int i = 1; i <= Lists.PAGE_SIZE; i++) {
            fixtures.campaign(advertiser).adTitle("Morning №" + i).create();
        }
        fixtures.campaign(advertiser).adTitle("Evening jazz").create();
        FakeChat chat = bound.chat();
        chat.pressButton("📋 Campaigns");
        BotMessage list = chat.awaitScreen(screen -> screen.contains("Campaigns of “Corner Cafe” · Active") && screen.hasButtonLabeled("🔎 Search"));
        assertTrue(list.hasButtonLabeled("✔️ Active") && list.hasButtonLabeled("Finished") && list.hasButtonLabeled("All"), list.toString());

        chat.pressButton("🔎 Search");
        chat.awaitScreen(screen -> screen.contains("Type a part of the name") && screen.hasButtonLabeled("« Back"));
        chat.send("JAZZ");
        chat.awaitScreen(screen -> screen.contains("🔎 Search: “JAZZ”") && campaigns(screen).equals(List.of("▶️ Evening jazz"))
                && screen.hasButtonLabeled("📋 Whole list"));
        chat.pressButton("🔎 Search");
        chat.awaitScreen(screen -> screen.contains("Type a part of the name"));
        chat.send("x".repeat(257));
        chat.awaitScreen(screen -> screen.contains("Search: at most 256 characters") && screen.contains("Type a part of the name"));
        chat.send("blues");
        chat.awaitScreen(screen -> screen.contains("🔎 Nothing found for “blues”."));
        chat.pressButton("Finished");
        chat.awaitScreen(screen -> screen.hasButtonLabeled("✔️ Finished") && screen.contains("🔎 Nothing found for “blues”."));
        chat.pressButton("📋 Whole list");
        chat.awaitScreen(screen -> screen.contains("No finished campaigns"));
    }

    @Test
    void aSearchButtonOnlyEverSearchesAListTheUserMayOpen() {
        BoundChat bound = server.boundAdvertiser("Осторожная лавка", "ru");
        String campaign = new AdFixtures(server.http()).campaign(bound.advertiserId().toString()).create();
        FakeChat chat = bound.chat();
        int message = chat.lastMessage().messageId();

        chat.pressRaw(message, "q:cdy:" + campaign);
        chat.awaitMessage(reply -> reply.contains("Эта кнопка устарела"));
        chat.pressRaw(message, "q:vl:1");
        server.telegram().assertAllCallbacksAnswered(Duration.ofSeconds(5));
        assertTrue(chat.transcript().entries().contains(new Transcript.BotAnswered("Только для администраторов", false)),
                chat.transcript().last(4).toString());
        chat.pressRaw(message, "ca:" + bound.advertiserId() + ":1:ACTIVE:unknown1");
        chat.awaitMessage(reply -> reply.contains("Эта кнопка устарела"));
        assertEquals(1, server.http().get(AdFixtures.campaigns(bound.advertiserId().toString())).json().size());
    }

    /** The labels of a list's advertiser buttons: those that are neither paging, search nor the main menu. */
    private static List<String> advertisers(BotMessage screen) {
        return screen.buttons().stream().flatMap(List::stream)
                .filter(button -> button.callbackData() != null && button.callbackData().matches("(ca|sa|cna|va):.*"))
                .map(adengine.faketelegram.Button::text)
                .toList();
    }

    /** The labels of a list's campaign buttons, deleted ones included. */
    private static List<String> campaigns(BotMessage screen) {
        return screen.buttons().stream().flatMap(List::stream)
                .filter(button -> button.callbackData() != null && button.callbackData().matches("(c|cx)(:.*)?"))
                .map(adengine.faketelegram.Button::text)
                .toList();
    }

    /** A word no other test uses. */
    private static String uniqueWord() {
        return "тег" + UUID.randomUUID().toString().substring(0, 8);
    }
}
