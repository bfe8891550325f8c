package adengine.core.moderation.wordlist;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LetterRunsTest {
    /** {@code ends} has bit k when the stem ends before run k; 0 when it cannot. */
    @ParameterizedTest
    @CsvSource({
        "fuck, fuck, 0, 16",
        "fuuuck, fuck, 0, 16",
        "fuckers, fuck, 0, 16",
        "ass, ass, 0, 4",
        "asss, ass, 0, 4",
        "as, ass, 0, 0",
        "f*ck, fuck, 0, 16",
        "f**k, fuck, 0, 8",
        "f*k, fuck, 0, 0",
        "debug, bug, 2, 8",
        "debug, bug, 0, 0"})
    void findsWhereAStemEnds(String word, String stem, int from, long ends) {
        assertEquals(ends, Script.LATIN.read(word).ends(from, Script.LATIN.indices(stem)));
    }
}
