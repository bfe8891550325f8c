package adengine.core.moderation.wordlist;

import java.util.ArrayList;
import java.util.List;

/** List entries by the first letter of their stem, so a word is compared only with the entries it may start. */
final class EntryIndex {
    private final List<List<ListEntry>> byLetter = new ArrayList<>();

    EntryIndex() {
        for (int letter = 0; letter < Script.MAX_LETTERS; letter++) {
            byLetter.add(new ArrayList<>());
        }
    }

    void add(ListEntry entry) {
        byLetter.get(entry.stem()[0]).add(entry);
    }

    /** The entries that start with a letter run {@code at} of the word may stand for. */
    List<ListEntry> candidates(LetterRuns word, int at) {
        long letters = at < word.runs() ? word.masks()[at] & Script.LETTERS : 0;
        if (Long.bitCount(letters) == 1) {
            return byLetter.get(Long.numberOfTrailingZeros(letters));
        }
        List<ListEntry> candidates = new ArrayList<>();
        for (; letters != 0; letters &= letters - 1) {
            candidates.addAll(byLetter.get(Long.numberOfTrailingZeros(letters)));
        }
        return candidates;
    }
}
