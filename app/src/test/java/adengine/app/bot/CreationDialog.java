package adengine.app.bot;

import adengine.faketelegram.BotMessage;
import adengine.faketelegram.FakeChat;

/** Stretches of the campaign creation dialog that several tests walk through the same way. */
final class CreationDialog {
    private CreationDialog() {
    }

    /** From a screen with «📋 Кампании» of a chat with one advertiser, to the dialog's first question. */
    static void open(FakeChat chat) {
        chat.pressButton("📋 Кампании");
        chat.awaitMessage(screen -> screen.hasButtonLabeled("➕ Новая кампания"));
        chat.pressButton("➕ Новая кампания");
        chat.awaitMessage(screen -> screen.contains("шаг 1 из 12"));
    }

    /**
     * At the third question (the start day): starts today, ends three days later, 100 impressions,
     * 10 clicks, prices 1 and 5, no targeting; returns the summary.
     */
    static BotMessage answerTheRest(FakeChat chat, int today) {
        answerUpToTargeting(chat, today);
        chat.pressButton("⏭ Пропустить весь таргетинг");
        return chat.awaitScreen(screen -> screen.contains("проверьте"));
    }

    /** From a screen with «📋 Кампании», through the dialog with every targeting step skipped but the last: returns the location question. */
    static BotMessage openAtLocation(FakeChat chat, int today) {
        open(chat);
        chat.send("Свежие овощи");
        chat.awaitScreen(screen -> screen.contains("шаг 2 из 12"));
        chat.send("С грядки к вам домой");
        chat.awaitScreen(screen -> screen.contains("шаг 3 из 12"));
        answerUpToTargeting(chat, today);
        for (int step = 10; step <= 12; step++) {
            chat.pressButton("⏭ Пропустить");
            String next = "шаг " + step + " из 12";
            chat.awaitScreen(screen -> screen.contains(next));
        }
        return chat.lastMessage();
    }

    /** At the third question, answers as {@link #answerTheRest} does up to the first targeting question, the gender. */
    static void answerUpToTargeting(FakeChat chat, int today) {
        chat.press("dt");
        answer(chat, String.valueOf(today + 3), "100", "10", "1", "5");
        chat.awaitScreen(screen -> screen.contains("шаг 9 из 12"));
    }

    /** Types each answer once the dialog shows its next question. */
    static void answer(FakeChat chat, String... answers) {
        for (String answer : answers) {
            chat.awaitScreen(screen -> screen.contains("Новая кампания"));
            chat.send(answer);
        }
    }
}
