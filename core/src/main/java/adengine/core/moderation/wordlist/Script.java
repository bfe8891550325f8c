package adengine.core.moderation.wordlist;

import java.util.Locale;

/**
 * An alphabet of at most 32 letters, and what other characters may stand for in it: a word is read
 * in Cyrillic when it has a Cyrillic letter or all its letters look Cyrillic ({@code cyka}), and in
 * Latin likewise. Each character becomes the set of letters it may stand for in that script: Latin
 * look-alikes and digits inside a Cyrillic word ({@code 6}→б, {@code 3}→з or е, {@code 4}→ч or а,
 * {@code y}→у), Cyrillic look-alikes and digits inside a Latin one ({@code с}→c, {@code 1}→i or l,
 * {@code $}→s); matching takes any letter of the set, so ambiguity costs no extra pass.
 */
enum Script {
    CYRILLIC('а', 'я', "abcehkmoptxy", """
            aа bбвь cс dд eе fф gд hнх iи jи kк lл mм nпн oо pр rгр sс tт uиу vв wш xх yу zз
            0о 1и 3зе 4ча 6б 7т 8вб 9яд @а $с"""),
    LATIN('a', 'z', "авекмнорстухіѕј", """
            аa бb вb гr дd еe зz иu кk лl мm нh оo пn рp сc тt уyu фf хx ьb іi ѕs јj
            αa βb εe ιi κk νv οo ρp τt υu χx 0o 1il 3e 4a 5s 6bg 7t 8b 9g @a $s !i |il""");

    /** An asterisk between letters stands for up to as many letters as there are asterisks ({@code f*ck}). */
    static final char MASK = '*';
    static final int MAX_LETTERS = 32;
    /** The bits of the letters; a run of asterisks is none of them. */
    static final long LETTERS = (1L << MAX_LETTERS) - 1;
    static final long WILDCARD = 1L << MAX_LETTERS;

    private final char first;
    private final char last;
    /** Foreign letters that look like letters of this script. */
    private final String lookAlikes;
    /** Bit i: the character may stand for the i-th letter; indexed by char, below U+0500. */
    private final long[] letters = new long[0x500];

    Script(char first, char last, String lookAlikes, String substitutes) {
        this.first = first;
        this.last = last;
        this.lookAlikes = lookAlikes;
        for (char c = first; c <= last; c++) {
            letters[c] = 1L << (c - first);
        }
        for (String entry : substitutes.split("\\s+")) {
            for (int i = 1; i < entry.length(); i++) {
                letters[entry.charAt(0)] |= 1L << (entry.charAt(i) - first);
            }
        }
    }

    /** Whether the word is worth reading in this script: it has a letter of it, or passes for one. */
    boolean reads(String word) {
        boolean own = false;
        boolean disguised = true;
        boolean anyLetter = false;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isLetter(c)) {
                anyLetter = true;
                own |= c >= first && c <= last;
                disguised &= lookAlikes.indexOf(c) >= 0;
            }
        }
        return own || anyLetter && disguised;
    }

    LetterRuns read(String word) {
        long[] masks = new long[word.length()];
        int[] counts = new int[word.length()];
        int runs = 0;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            long mask = c == MASK ? WILDCARD : c < letters.length ? letters[c] : 0;
            if (runs > 0 && masks[runs - 1] == mask) {
                counts[runs - 1]++;
            } else {
                masks[runs] = mask;
                counts[runs++] = 1;
            }
        }
        return new LetterRuns(masks, counts, runs);
    }

    /** A list word as letter indices; it must be written in this script. */
    int[] indices(String listWord) {
        String word = TextNormaliser.normalise(listWord);
        if (word.isEmpty() || word.length() > 40) {
            throw new IllegalArgumentException("list entry of 1 to 40 letters expected: " + listWord);
        }
        int[] indices = new int[word.length()];
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c < first || c > last) {
                throw new IllegalArgumentException("not a " + name().toLowerCase(Locale.ROOT) + " word: " + listWord);
            }
            indices[i] = c - first;
        }
        return indices;
    }
}
