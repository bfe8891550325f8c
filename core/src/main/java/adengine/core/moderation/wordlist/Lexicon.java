package adengine.core.moderation.wordlist;

import java.util.ArrayList;
import java.util.List;

/**
 * One language's word list, read in its script. Besides the entries ({@link ListEntry}) it holds
 * {@code prefix-} lines, which {@code ~stem*} entries may follow, up to three, and {@code !entry}
 * exceptions, which override the anchored entries ({@code !бляшк*}) but not the {@code *stem*} ones;
 * {@code #} starts a comment.
 */
final class Lexicon {
    /** Stacked prefixes ("не-до-", "по-на-") are real, longer chains are not. */
    private static final int MAX_PREFIXES = 3;

    private final Script script;
    private final List<ListEntry> anywhere = new ArrayList<>();
    private final List<ListEntry> exceptions = new ArrayList<>();
    /** Entries that may match at the start of a word, and those that may after a prefix. */
    private final EntryIndex atStart = new EntryIndex();
    private final EntryIndex afterPrefix = new EntryIndex();
    private final EntryIndex prefixes = new EntryIndex();

    private Lexicon(Script script) {
        this.script = script;
    }

    static Lexicon parse(List<String> lines, Script script) {
        Lexicon lexicon = new Lexicon(script);
        for (String raw : lines) {
            String line = raw.strip();
            if (!line.isEmpty() && !line.startsWith("#")) {
                lexicon.add(line);
            }
        }
        return lexicon;
    }

    private void add(String line) {
        if (line.endsWith("-")) {
            prefixes.add(ListEntry.parse(line.substring(0, line.length() - 1) + "*", script));
        } else if (line.startsWith("!")) {
            exceptions.add(ListEntry.parse(line.substring(1), script));
        } else {
            ListEntry entry = ListEntry.parse(line, script);
            switch (entry.anchor()) {
                case START -> atStart.add(entry);
                case AFTER_PREFIXES -> {
                    atStart.add(entry);
                    afterPrefix.add(entry);
                }
                case ANYWHERE -> anywhere.add(entry);
            }
        }
    }

    /** Whether the list holds the word (one spelling, normalised). */
    boolean matches(String spelling) {
        if (!script.reads(spelling)) {
            return false;
        }
        LetterRuns word = script.read(spelling);
        for (ListEntry entry : anywhere) {
            if (entry.matches(word, 0)) {
                return true;
            }
        }
        long prefixed = prefixed(word);
        if (!matchesAnchored(word, prefixed)) {
            return false;
        }
        for (ListEntry exception : exceptions) {
            if (exception.matches(word, prefixed)) {
                return false;
            }
        }
        return true;
    }

    private boolean matchesAnchored(LetterRuns word, long prefixed) {
        for (long left = prefixed; left != 0; left &= left - 1) {
            int at = Long.numberOfTrailingZeros(left);
            for (ListEntry entry : (at == 0 ? atStart : afterPrefix).candidates(word, at)) {
                if (entry.matchesAt(word, at)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Bit p: a chain of prefixes leads from the start of the word to run p. */
    private long prefixed(LetterRuns word) {
        long reached = 1;
        long frontier = 1;
        for (int depth = 0; depth < MAX_PREFIXES && frontier != 0; depth++) {
            long next = 0;
            for (long left = frontier; left != 0; left &= left - 1) {
                int at = Long.numberOfTrailingZeros(left);
                for (ListEntry prefix : prefixes.candidates(word, at)) {
                    next |= word.ends(at, prefix.stem()) << at;
                }
            }
            frontier = next & ~reached;
            reached |= next;
        }
        return reached;
    }
}
