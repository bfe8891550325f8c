package adengine.core.moderation.wordlist;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class LexiconTest {
    private static final Lexicon RUSSIAN = Lexicon.parse(
            List.of("# жаба", "  ", "по-", "на-", "~жук*", "!жукова", "крот", "*моль*", "!антимоль"), Script.CYRILLIC);

    @Test
    void skipsCommentsAndBlankLines() {
        assertFalse(RUSSIAN.matches("жаба"));
    }

    @Test
    void aPrefixedStemMatchesAfterUpToThreePrefixes() {
        assertTrue(RUSSIAN.matches("жуки"));
        assertTrue(RUSSIAN.matches("пожуки"));
        assertTrue(RUSSIAN.matches("понапожуки"));
        assertFalse(RUSSIAN.matches("понапонажуки"));
        assertFalse(RUSSIAN.matches("дожуки"));
    }

    @Test
    void anExceptionOverridesTheAnchoredEntriesOnly() {
        assertTrue(RUSSIAN.matches("жуковый"));
        assertFalse(RUSSIAN.matches("жукова"));
        assertTrue(RUSSIAN.matches("антимоль"));
    }

    @Test
    void aWholeWordEntryMatchesNoOtherForm() {
        assertTrue(RUSSIAN.matches("крот"));
        assertFalse(RUSSIAN.matches("кроты"));
    }

    @Test
    void readsWordsOfItsScriptLookAlikesIncluded() {
        Lexicon english = Lexicon.parse(List.of("bug*"), Script.LATIN);

        assertTrue(english.matches("bugs"));
        assertTrue(english.matches("bиg"));
        assertFalse(english.matches("бугы"));
    }
}
