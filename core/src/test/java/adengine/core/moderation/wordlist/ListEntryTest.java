package adengine.core.moderation.wordlist;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import adengine.core.moderation.wordlist.ListEntry.Anchor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ListEntryTest {
    /** No prefix: the only place an anchored entry may start is the start of the word. */
    private static final long AT_START = 1;

    @ParameterizedTest
    @CsvSource({
        "крот, START, false",
        "bug*, START, true",
        "~жук*, AFTER_PREFIXES, true",
        "*worm*, ANYWHERE, true"})
    void parsesTheAnchorAndTheEnding(String line, Anchor anchor, boolean anyEnding) {
        ListEntry entry = ListEntry.parse(line, script(line));

        assertEquals(anchor, entry.anchor());
        assertEquals(anyEnding, entry.anyEnding());
    }

    @Test
    void theStemIsTheLineWithoutItsMarks() {
        assertArrayEquals(Script.CYRILLIC.indices("жук"), ListEntry.parse("~жук*", Script.CYRILLIC).stem());
    }

    @ParameterizedTest
    @CsvSource({
        "крот, крот, true",
        "крот, кроты, false",
        "bug*, bugs, true",
        "bug*, debug, false",
        "~жук*, жуки, true",
        "~жук*, пожуки, false",
        "*worm*, silkworms, true",
        "*worm*, warm, false"})
    void matchesAtTheStartOfAWordOrAnywhereForAnAnywhereStem(String line, String word, boolean matches) {
        ListEntry entry = ListEntry.parse(line, script(word));

        assertEquals(matches, entry.matches(script(word).read(word), AT_START));
    }

    @Test
    void aPrefixedStemMatchesWherePrefixesEnd() {
        ListEntry entry = ListEntry.parse("~жук*", Script.CYRILLIC);
        long afterPo = AT_START | 1L << 2;

        assertTrue(entry.matches(Script.CYRILLIC.read("пожуки"), afterPo));
        assertFalse(entry.matches(Script.CYRILLIC.read("пожуки"), 1L << 1));
    }

    private static Script script(String text) {
        return Script.CYRILLIC.reads(text) ? Script.CYRILLIC : Script.LATIN;
    }
}
