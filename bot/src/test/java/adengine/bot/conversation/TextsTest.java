package adengine.bot.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;

import adengine.core.common.FieldProblem;
import adengine.core.common.Rule;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
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
    @ValueSource(strings = {"ru", "en"})
    void everyRuleOfCoreIsWorded(String language) {
        Texts texts = Texts.forLanguage(language);
        for (Rule rule : Rule.values()) {
            String text = texts.problems(List.of(new FieldProblem("file", rule, 1, 2, 3, 4)));
            assertFalse(text.isBlank() || text.contains("{"), rule.code() + ": " + text);
        }
    }

    /** Words that read the same in both languages: names, file formats, commands. */
    private static final Pattern SHARED_WORDS = Pattern.compile(
            "AdEngine|Telegram|CSV|CTR|PNG|JPEG|ID|A-Z|a-z|/[a-z_]+|@[A-Za-z_]+|&[a-z]+;|<[^>]*>|\\{\\d}");
    private static final Pattern LATIN_WORD = Pattern.compile("[A-Za-z]{2,}");
    private static final Pattern CYRILLIC = Pattern.compile("\\p{IsCyrillic}");

    @Test
    void noEnglishOnARussianScreen() {
        Properties russian = bundle("ru");
        for (String key : russian.stringPropertyNames()) {
            String words = SHARED_WORDS.matcher(russian.getProperty(key)).replaceAll(" ");
            assertFalse(LATIN_WORD.matcher(words).find(), key + " has English: " + russian.getProperty(key));
        }
    }

    @Test
    void noRussianOnAnEnglishScreen() {
        Properties english = bundle("en");
        for (String key : english.stringPropertyNames()) {
            assertFalse(CYRILLIC.matcher(english.getProperty(key)).find(), key + " has Russian: " + english.getProperty(key));
        }
    }

    /** A text named as a literal in the bot's code, e.g. {@code turn.t("input.too_big", max)}. */
    private static final Pattern TEXT_KEY = Pattern.compile("\\b(?:t|get|text|notice)\\(\"([a-z_]+(?:\\.[a-z_]+)+)\"");

    @Test
    void everyTextTheCodeNamesExists() throws IOException {
        Properties russian = bundle("ru");
        List<String> missing = new ArrayList<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(file -> file.toString().endsWith(".java")).toList()) {
                Matcher key = TEXT_KEY.matcher(Files.readString(source));
                while (key.find()) {
                    if (!russian.containsKey(key.group(1))) {
                        missing.add(source.getFileName() + ": " + key.group(1));
                    }
                }
            }
        }
        assertEquals(List.of(), missing);
    }

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {"en, en", "en-US, en", "EN, en", "ru, ru", "de, ru", "null, ru", "'', ru"})
    void englishClientsGetEnglishEveryoneElseRussian(String languageCode, String expected) {
        Texts texts = Texts.forLanguage(languageCode);
        assertSame(expected.equals("en") ? Texts.ENGLISH_TEXTS : Texts.RUSSIAN_TEXTS, texts);
        assertEquals(expected, texts.language());
        assertSame(texts, Texts.forLanguage(texts.language()), "a chat's kept language names the same texts again");
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
