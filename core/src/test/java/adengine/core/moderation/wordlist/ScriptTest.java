package adengine.core.moderation.wordlist;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ScriptTest {
    @Test
    void readsAWordWithALetterOfItsOwnOrMadeOfLookAlikes() {
        assertTrue(Script.CYRILLIC.reads("xyй"));
        assertTrue(Script.CYRILLIC.reads("cyka"));
        assertFalse(Script.CYRILLIC.reads("hello"));
        assertTrue(Script.LATIN.reads("hello"));
        assertFalse(Script.LATIN.reads("бля"));
        assertFalse(Script.LATIN.reads("2024"));
    }

    @Test
    void aCharacterStandsForEveryLetterItMayMean() {
        LetterRuns word = Script.CYRILLIC.read("3y6");

        assertEquals(letter('з') | letter('е'), word.masks()[0]);
        assertEquals(letter('у'), word.masks()[1]);
        assertEquals(letter('б'), word.masks()[2]);
    }

    @Test
    void repeatedLettersAndAsterisksAreRuns() {
        LetterRuns word = Script.LATIN.read("fuu**k");

        assertEquals(4, word.runs());
        assertArrayEquals(new int[] {1, 2, 2, 1}, Arrays.copyOf(word.counts(), 4));
        assertEquals(Script.WILDCARD, word.masks()[2]);
    }

    @Test
    void aListWordIsNormalisedIntoLetterIndices() {
        assertArrayEquals(new int[] {5, 6}, Script.CYRILLIC.indices("Ёж"));
        assertArrayEquals(new int[] {0, 25}, Script.LATIN.indices("AZ"));
    }

    @Test
    void refusesAListWordOfAnotherScriptOrLength() {
        assertThrows(IllegalArgumentException.class, () -> Script.CYRILLIC.indices("fuck"));
        assertThrows(IllegalArgumentException.class, () -> Script.LATIN.indices("хуй"));
        assertThrows(IllegalArgumentException.class, () -> Script.LATIN.indices(""));
        assertThrows(IllegalArgumentException.class, () -> Script.LATIN.indices("a".repeat(41)));
    }

    private static long letter(char cyrillic) {
        return 1L << (cyrillic - 'а');
    }
}
