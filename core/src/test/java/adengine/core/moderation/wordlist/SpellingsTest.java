package adengine.core.moderation.wordlist;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SpellingsTest {
    @Test
    void aWordOfLettersOnlyHasOneSpelling() {
        assertEquals(List.of("скидка"), Spellings.of("скидка"));
    }

    @Test
    void separatorsAreDroppedAndMasksKept() {
        assertEquals(List.of("fuck"), Spellings.of("f.u.c.k"));
        assertEquals(List.of("f*ck", "ck"), Spellings.of("f-*ck"));
    }

    @Test
    void digitsAndSymbolsMayAlsoSeparateWords() {
        assertEquals(List.of("кофе|чай", "кофе", "чай"), Spellings.of("кофе|чай"));
        assertEquals(List.of("п1зд@", "зд"), Spellings.of("п1зд@"));
    }
}
