package adengine.core.moderation.wordlist;

import adengine.core.common.Rule;
import adengine.core.moderation.ModerationVerdict;
import adengine.core.moderation.TextModerator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/**
 * Rejects texts that contain a word of the Russian or English obscene word lists
 * ({@code moderation/ru.txt}, {@code moderation/en.txt} on the classpath), seen through the
 * disguises offenders use: the text is normalised ({@link TextNormaliser}), cut into words
 * ({@link WordSplitter}), each word spelled with and without its digits and symbols
 * ({@link Spellings}), and each spelling looked up in both lists ({@link Lexicon}).
 *
 * <p>Known limits: a word split by spaces into parts longer than one letter ({@code fu ck}),
 * transliteration ({@code blyat}, {@code fcuk}), a mask at either end of a word ({@code х**}) and
 * symbols outside the tables ({@code бл@дь} reads as бладь) pass. An ordinary word that equals an
 * entry is rejected ({@code Dick} as a name, {@code cock} as a bird), and so, rarely, is an ordinary
 * word glued to digits ({@code 3by} reads as ебу).
 */
public final class WordListModerator implements TextModerator {
    private final Lexicon russian;
    private final Lexicon english;

    public WordListModerator() {
        this(resource("moderation/ru.txt"), resource("moderation/en.txt"));
    }

    /** Takes the lines of the lists, in the format of the classpath ones. */
    WordListModerator(List<String> russianList, List<String> englishList) {
        russian = Lexicon.parse(russianList, Script.CYRILLIC);
        english = Lexicon.parse(englishList, Script.LATIN);
    }

    @Override
    public ModerationVerdict check(String text) {
        String normalised = TextNormaliser.normalise(Objects.requireNonNull(text, "text"));
        return WordSplitter.words(normalised).stream()
                .flatMap(word -> Spellings.of(word).stream())
                .filter(spelling -> russian.matches(spelling) || english.matches(spelling))
                .findFirst()
                .map(found -> ModerationVerdict.reject(Rule.OBSCENE_WORD, found.charAt(0) + "***"))
                .orElse(ModerationVerdict.allow());
    }

    private static List<String> resource(String name) {
        try (InputStream in = WordListModerator.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("word list " + name + " is not on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
