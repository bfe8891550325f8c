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
        chat.press("dt");
        for (String answer : new String[] {String.valueOf(today + 3), "100", "10", "1", "5"}) {
            chat.awaitScreen(screen -> screen.contains("Новая кампания"));
            chat.send(answer);
        }
        chat.awaitScreen(screen -> screen.contains("шаг 9 из 12"));
        chat.pressButton("⏭ Пропустить весь таргетинг");
        return chat.awaitScreen(screen -> screen.contains("проверьте"));
    }
}
