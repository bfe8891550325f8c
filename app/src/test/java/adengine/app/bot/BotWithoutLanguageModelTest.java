package adengine.app.bot;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import adengine.faketelegram.BotMessage;
import adengine.faketelegram.FakeChat;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A program without a language model (OPENAI_API_KEY unset): the bot does not offer what would only fail. */
class BotWithoutLanguageModelTest {
    @RegisterExtension
    static final BotTestServer server = BotTestServer.withoutLanguageModel();

    @ParameterizedTest
    @CsvSource({
            "ru, 📋 Кампании, ✨ Генерация рекламного текста, ✨ Генерация, ➕ Новая кампания, шаг 1 из 12, шаг 2 из 12, "
                    + "Сгенерировать, Генерация текста не настроена",
            "en, 📋 Campaigns, ✨ Ad text generation, ✨ Generation, ➕ New campaign, step 1 of 12, step 2 of 12, "
                    + "Generate, Text generation is not set up"})
    void textGenerationIsNeitherInTheMenuNorInTheCreationDialog(String language, String campaigns, String generation,
            String helpLine, String newCampaign, String titleStep, String textStep, String generate, String notConfigured) {
        FakeChat chat = server.boundAdvertiser("Без модели " + language, language).chat();
        BotMessage menu = chat.lastMessage();
        assertTrue(menu.hasButtonLabeled(campaigns) && !menu.hasButtonLabeled(generation), menu.toString());

        chat.pressButton(campaigns);
        chat.awaitMessage(screen -> screen.hasButtonLabeled(newCampaign));
        chat.pressButton(newCampaign);
        chat.awaitScreen(screen -> screen.contains(titleStep));
        chat.send("Title");
        BotMessage askText = chat.awaitScreen(screen -> screen.contains(textStep));
        assertFalse(askText.contains(generate) || askText.buttonLabels().stream().anyMatch(label -> label.contains(generate)),
                askText.toString());
        chat.send("/cancel");

        chat.send("/help");
        BotMessage help = chat.awaitMessage(screen -> screen.contains("/cancel"));
        assertFalse(help.contains(helpLine), help.text());

        // a menu kept from when a model was configured
        chat.pressRaw(menu.messageId(), "g");
        chat.awaitMessage(screen -> screen.contains(notConfigured));
    }
}
