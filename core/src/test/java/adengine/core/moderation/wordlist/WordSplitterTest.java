package adengine.core.moderation.wordlist;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordSplitterTest {
    @Test
    void cutsAtSpacesAndPunctuation() {
        assertEquals(List.of("кофе", "чай", "торт"), WordSplitter.words("кофе, чай;\n(торт)"));
    }

    @Test
    void keepsSeparatorsAndSubstitutesInsideAWord() {
        assertEquals(List.of("f.u.c.k", "a$$hole", "п1зд@", "сы-ру"), WordSplitter.words("f.u.c.k a$$hole п1зд@ сы-ру"));
    }

    @Test
    void dropsSeparatorsAndExclamationsAtEitherEnd() {
        assertEquals(List.of("скидка", "sh!t", "word"), WordSplitter.words("**скидка** sh!t! |word|"));
    }

    @Test
    void readsThreeOrMoreOneLetterWordsAsOneWordInPlace() {
        assertEquals(List.of("ну", "хуй", "кофе"), WordSplitter.words("ну х у й кофе"));
        assertEquals(List.of("fuck"), WordSplitter.words("f. u. c. k."));
    }

    @Test
    void dropsFewerOneLetterWords() {
        assertEquals(List.of("кофе"), WordSplitter.words("я и кофе"));
    }

    @Test
    void aTextWithoutLettersHasNoWords() {
        assertEquals(List.of(), WordSplitter.words("!!! *** -- |"));
    }
}
