package adengine.bot.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TextsTest {
    @Test
    void bothLanguagesHaveTheSameTexts() {
        assertEquals(new TreeSet<>(bundle("ru").stringPropertyNames()), new TreeSet<>(bundle("en").stringPropertyNames()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ru", "en"})
    void everyTextIsAValidPattern(String language) {
        Properties texts = bundle(language);
        for (String key : texts.stringPropertyNames()) {
            String pattern = texts.getProperty(key);
            String formatted = new MessageFormat(pattern, Locale.forLanguageTag(language)).format(new Object[] {"x", "y", "z"});
            assertFalse(pattern.contains("'"), key + " has an apostrophe, which MessageFormat would swallow");
            assertFalse(formatted.isBlank(), key);
        }
    }

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {"en, en", "en-US, en", "EN, en", "ru, ru", "de, ru", "null, ru", "'', ru"})
    void englishClientsGetEnglishEveryoneElseRussian(String languageCode, String expected) {
        Texts texts = Texts.forLanguage(languageCode);
        assertSame(expected.equals("en") ? Texts.ENGLISH_TEXTS : Texts.RUSSIAN_TEXTS, texts);
        assertEquals(expected.equals("en") ? "🏠 Main menu" : "🏠 Главное меню", texts.get("button.main_menu"));
    }

    @Test
    void argumentsAreInsertedAsGivenWithoutNumberFormatting() {
        assertEquals("Сегодня (день 1000)", Texts.RUSSIAN_TEXTS.get("button.today", 1000));
    }

    private static Properties bundle(String language) {
        Properties properties = new Properties();
        try (InputStream in = TextsTest.class.getResourceAsStream("/adengine/bot/messages_" + language + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
