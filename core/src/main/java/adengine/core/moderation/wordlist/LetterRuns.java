package adengine.core.moderation.wordlist;

/**
 * A word read in a script, as runs of equal letter sets: "сууука" is с, у×3, к, а. Matching a stem
 * against the runs is a bit-parallel automaton, linear in the word and without backtracking, so a
 * long or crafted text cannot make moderation slow.
 */
record LetterRuns(long[] masks, int[] counts, int runs) {
    /**
     * Bit k: the stem, started at run {@code from}, can end just before run {@code from + k}
     * (k below 64). A match starts on a letter; a run of repeated letters matches one or more
     * equal letters of the stem ({@code fuuuck}), while a doubled letter of the stem needs two
     * ({@code ass} does not match {@code as}); a run of asterisks stands for up to that many letters.
     */
    long ends(int from, int[] stem) {
        if (from >= runs || (masks[from] >>> stem[0] & 1) == 0) {
            return 0;
        }
        long states = 1;
        long ends = 0;
        for (int run = from; run < runs && run - from < 63 && states != 0; run++) {
            long mask = masks[run];
            long next = 0;
            for (long left = states; left != 0; left &= left - 1) {
                int matched = Long.numberOfTrailingZeros(left);
                if (mask == Script.WILDCARD) {
                    int most = Math.min(stem.length, matched + counts[run]);
                    next |= (1L << (most + 1)) - (1L << matched);
                    continue;
                }
                if (matched > 0 && (mask >>> stem[matched - 1] & 1) != 0) {
                    next |= 1L << matched;
                }
                for (int i = matched; i < stem.length && i - matched < counts[run]
                        && stem[i] == stem[matched] && (mask >>> stem[i] & 1) != 0; i++) {
                    next |= 1L << (i + 1);
                }
            }
            states = next;
            if ((states >>> stem.length & 1) != 0) {
                ends |= 1L << (run - from + 1);
            }
        }
        return ends;
    }
}
