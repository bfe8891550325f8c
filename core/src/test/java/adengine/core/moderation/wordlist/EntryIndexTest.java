package adengine.core.moderation.wordlist;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class EntryIndexTest {
    private static final ListEntry ZUB = ListEntry.parse("зуб", Script.CYRILLIC);
    private static final ListEntry EL = ListEntry.parse("ель", Script.CYRILLIC);
    private static final ListEntry ZHUK = ListEntry.parse("жук", Script.CYRILLIC);

    private final EntryIndex index = new EntryIndex();

    EntryIndexTest() {
        List.of(ZUB, EL, ZHUK).forEach(index::add);
    }

    @Test
    void aLetterLeadsToTheEntriesItStarts() {
        assertEquals(List.of(ZHUK), index.candidates(Script.CYRILLIC.read("жуки"), 0));
        assertEquals(List.of(EL), index.candidates(Script.CYRILLIC.read("мель"), 1));
    }

    @Test
    void aCharacterOfSeveralLettersLeadsToTheEntriesOfEach() {
        assertEquals(List.of(EL, ZUB), index.candidates(Script.CYRILLIC.read("3уб"), 0));
    }

    @Test
    void anAsteriskOrTheEndOfTheWordLeadsNowhere() {
        assertEquals(List.of(), index.candidates(Script.CYRILLIC.read("*уб"), 0));
        assertEquals(List.of(), index.candidates(Script.CYRILLIC.read("жук"), 3));
    }
}
