package adengine.core.moderation.wordlist;

/**
 * One line of a word list. An entry matches whole words, never a substring of an ordinary word:
 * <ul>
 *   <li>{@code word}: the whole word ({@code dick}, not {@code dickens});</li>
 *   <li>{@code stem*}: a word that starts with the stem ({@code bitch*}: bitches);</li>
 *   <li>{@code ~stem*}: the stem at the start or after the list's prefixes ({@code ~ебал*}:
 *       заебал, but not учебный or колебаться);</li>
 *   <li>{@code *stem*}: anywhere, for the few stems no ordinary word contains ({@code *fuck*}).</li>
 * </ul>
 */
record ListEntry(int[] stem, Anchor anchor, boolean anyEnding) {
    /** Where in a word the stem may start. */
    enum Anchor { START, AFTER_PREFIXES, ANYWHERE }

    static ListEntry parse(String line, Script script) {
        Anchor anchor = line.startsWith("~") ? Anchor.AFTER_PREFIXES
                : line.startsWith("*") ? Anchor.ANYWHERE : Anchor.START;
        boolean anyEnding = line.length() > 1 && line.endsWith("*");
        String stem = line.substring(anchor == Anchor.START ? 0 : 1, line.length() - (anyEnding ? 1 : 0));
        return new ListEntry(script.indices(stem), anchor, anyEnding);
    }

    /** {@code prefixed} has bit p set when prefixes lead from the start of the word to run p. */
    boolean matches(LetterRuns word, long prefixed) {
        return switch (anchor) {
            case START -> matchesAt(word, 0);
            case AFTER_PREFIXES -> matchesAfter(word, prefixed);
            case ANYWHERE -> matchesAnywhere(word);
        };
    }

    /** Whether the entry, started at run {@code at}, matches the rest of the word (or a start of it, for a stem). */
    boolean matchesAt(LetterRuns word, int at) {
        long ends = word.ends(at, stem);
        int rest = word.runs() - at;
        return anyEnding ? ends != 0 : rest < 64 && (ends >>> rest & 1) != 0;
    }

    private boolean matchesAfter(LetterRuns word, long prefixed) {
        for (long left = prefixed; left != 0; left &= left - 1) {
            if (matchesAt(word, Long.numberOfTrailingZeros(left))) {
                return true;
            }
        }
        return false;
    }

    private boolean matchesAnywhere(LetterRuns word) {
        for (int at = 0; at < word.runs(); at++) {
            if (matchesAt(word, at)) {
                return true;
            }
        }
        return false;
    }
}
