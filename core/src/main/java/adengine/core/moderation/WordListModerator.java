package adengine.core.moderation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Rejects texts that contain a word of the Russian or English obscene word lists
 * ({@code moderation/ru.txt}, {@code moderation/en.txt} on the classpath).
 *
 * <p><b>Normalisation.</b> The text is lower-cased, decomposed (NFKD) and stripped of accents and
 * invisible characters, so {@code ё} reads as {@code е}, {@code й} as {@code и} and full-width or
 * accented letters as plain ones. It is cut into words at spaces and punctuation; dots, dashes,
 * underscores and asterisks inside a word are dropped ({@code f.u.c.k}), and a run of
 * three or more one-letter words is read as one word ({@code х у й}). Every word is checked as a
 * whole and as each of its runs of letters ({@code кофе|чай} is also {@code кофе} and {@code чай}).
 *
 * <p><b>Two readings.</b> A word is read in Cyrillic when it has a Cyrillic letter or all its
 * letters look Cyrillic ({@code cyka}), and in Latin likewise. Each character becomes the set of
 * letters it may stand for in that script: Latin look-alikes and digits inside a Cyrillic word
 * ({@code 6}→б, {@code 3}→з or е, {@code 4}→ч or а, {@code y}→у), Cyrillic look-alikes and digits
 * inside a Latin one ({@code с}→c, {@code 1}→i or l, {@code $}→s); matching takes any letter of the
 * set, so ambiguity costs no extra pass. An asterisk between letters stands for up to as many
 * letters as there are asterisks ({@code f*ck}, {@code п**да}); asterisks at either end of a word
 * are ignored, so {@code f*} or {@code 5*} never count.
 *
 * <p><b>Matching.</b> A list entry matches whole words, never a substring of an ordinary word:
 * <ul>
 *   <li>{@code word}: the whole word ({@code dick}, not {@code dickens});</li>
 *   <li>{@code stem*}: a word that starts with the stem ({@code bitch*}: bitches);</li>
 *   <li>{@code ~stem*}: the stem at the start or after prefixes of the list's {@code prefix-}
 *       lines, up to three ({@code ~ебал*}: заебал, but not учебный or колебаться);</li>
 *   <li>{@code *stem*}: anywhere, for the few stems no ordinary word contains ({@code *fuck*});</li>
 *   <li>{@code !entry}: an exception that overrides the anchored entries ({@code !бляшк*}).</li>
 * </ul>
 * A repeated letter matches one letter of the entry ({@code fuuuck}, {@code сууука}), while a
 * doubled letter of the entry needs two ({@code ass} does not match {@code as}). Matching is a
 * bit-parallel automaton over the runs of each word: linear in the text, no backtracking.
 *
 * <p>Known limits: a word split by spaces into parts longer than one letter ({@code fu ck}),
 * transliteration ({@code blyat}, {@code fcuk}), a mask at either end of a word ({@code х**}) and
 * symbols outside the tables ({@code бл@дь} reads as бладь) pass. An ordinary word that equals an
 * entry is rejected ({@code Dick} as a name, {@code cock} as a bird), and so, rarely, is an ordinary
 * word glued to digits ({@code 3by} reads as ебу).
 */
public final class WordListModerator implements TextModerator {
    static final String REASON = "contains an obscene word";
    /** Stacked prefixes ("не-до-", "по-на-") are real, longer chains are not. */
    private static final int MAX_PREFIXES = 3;
    private static final char MASK = '*';
    /** Characters that stand for letters: digits too. */
    private static final String SUBSTITUTES = "@$!|";
    /** Characters an offender puts between letters; they are dropped inside a word. */
    private static final String INNER_SEPARATORS = ".-_`~^\"*+#‐–—·";

    private final Lexicon russian;
    private final Lexicon english;

    public WordListModerator() {
        this(resource("moderation/ru.txt"), resource("moderation/en.txt"));
    }

    /** Takes the lines of the lists, in the format of the classpath ones. */
    WordListModerator(List<String> russianList, List<String> englishList) {
        russian = Lexicon.parse(russianList, Script.CYRILLIC);
        english = Lexicon.parse(englishList, Script.LATIN);
    }

    @Override
    public ModerationVerdict check(String text) {
        String found = offendingWord(normalise(Objects.requireNonNull(text, "text")));
        return found == null ? ModerationVerdict.allow()
                : ModerationVerdict.reject(REASON + " (" + found.charAt(0) + "***)");
    }

    private String offendingWord(String text) {
        StringBuilder spelled = new StringBuilder();
        for (int start = 0, end; start < text.length(); start = end + 1) {
            end = start;
            while (end < text.length() && isInWord(text.charAt(end))) {
                end++;
            }
            String token = trimmed(text, start, end);
            if (token.length() == 1) {
                spelled.append(token);
                continue;
            }
            if (token.isEmpty()) {
                continue;
            }
            String found = spelled.length() >= 3 ? offending(spelled.toString()) : null;
            spelled.setLength(0);
            if (found == null) {
                found = offending(token);
            }
            if (found != null) {
                return found;
            }
        }
        return spelled.length() >= 3 ? offending(spelled.toString()) : null;
    }

    /** The reading of the token that offends, or null. */
    private String offending(String token) {
        StringBuilder joined = new StringBuilder(token.length());
        boolean lettersOnly = true;
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            lettersOnly &= Character.isLetter(c);
            if (c == MASK || INNER_SEPARATORS.indexOf(c) < 0) {
                joined.append(c);
            }
        }
        String word = joined.toString();
        if (offends(word)) {
            return word;
        }
        if (lettersOnly) {
            return null;
        }
        // Digits and symbols may separate words rather than stand for letters.
        for (int start = 0, end; start < token.length(); start = end + 1) {
            end = start;
            while (end < token.length() && Character.isLetter(token.charAt(end))) {
                end++;
            }
            if (end - start > 1 && offends(token.substring(start, end))) {
                return token.substring(start, end);
            }
        }
        return null;
    }

    private boolean offends(String word) {
        return russian.matches(word) || english.matches(word);
    }

    /** Lower case, without accents, ё as е and й as и, without invisible characters. */
    static String normalise(String text) {
        // Lower-cased after decomposing, which may yield capitals (ℍ, Ⓕ).
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            int type = Character.getType(c);
            if (type != Character.NON_SPACING_MARK && type != Character.ENCLOSING_MARK && type != Character.FORMAT) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isInWord(char c) {
        return Character.isLetterOrDigit(c) || SUBSTITUTES.indexOf(c) >= 0 || INNER_SEPARATORS.indexOf(c) >= 0;
    }

    /** Without separators at either end, nor "!" or "|", which end a word more often than stand for a letter. */
    private static String trimmed(String text, int start, int end) {
        while (start < end && !isWordEdge(text.charAt(start))) {
            start++;
        }
        while (end > start && !isWordEdge(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    private static boolean isWordEdge(char c) {
        return Character.isLetterOrDigit(c) || c == '@' || c == '$';
    }

    private static List<String> resource(String name) {
        try (InputStream in = WordListModerator.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("word list " + name + " is not on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An alphabet of at most 32 letters, and what other characters may stand for in it. */
    private enum Script {
        CYRILLIC('а', 'я', "abcehkmoptxy", """
                aа bбвь cс dд eе fф gд hнх iи jи kк lл mм nпн oо pр rгр sс tт uиу vв wш xх yу zз
                0о 1и 3зе 4ча 6б 7т 8вб 9яд @а $с"""),
        LATIN('a', 'z', "авекмнорстухіѕј", """
                аa бb вb гr дd еe зz иu кk лl мm нh оo пn рp сc тt уyu фf хx ьb іi ѕs јj
                αa βb εe ιi κk νv οo ρp τt υu χx 0o 1il 3e 4a 5s 6bg 7t 8b 9g @a $s !i |il""");

        /** The bits of the letters; a run of asterisks is none of them. */
        static final long LETTERS = (1L << 32) - 1;
        static final long WILDCARD = 1L << 32;

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

        Word read(String word) {
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
            return new Word(masks, counts, runs);
        }

        /** A list word as letter indices; it must be written in this script. */
        int[] indices(String listWord) {
            String word = normalise(listWord);
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

    /** A word as runs of equal letter sets: "сууука" is с, у×3, к, а. */
    private record Word(long[] masks, int[] counts, int runs) {
        /**
         * Bit k: the stem, started at run {@code from}, can end just before run {@code from + k}
         * (k below 64). A match starts on a letter; a run of repeated letters matches one or more
         * equal letters of the stem, and a run of asterisks stands for up to that many letters.
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

    private enum Anchor { START, AFTER_PREFIXES, ANYWHERE }

    private record Entry(int[] stem, Anchor anchor, boolean anyEnding) {
        static Entry parse(String line, Script script) {
            Anchor anchor = line.startsWith("~") ? Anchor.AFTER_PREFIXES
                    : line.startsWith("*") ? Anchor.ANYWHERE : Anchor.START;
            boolean anyEnding = line.length() > 1 && line.endsWith("*");
            String stem = line.substring(anchor == Anchor.START ? 0 : 1, line.length() - (anyEnding ? 1 : 0));
            return new Entry(script.indices(stem), anchor, anyEnding);
        }

        /** {@code prefixed} has bit p set when prefixes lead from the start of the word to run p. */
        boolean matches(Word word, long prefixed) {
            return switch (anchor) {
                case START -> matchesAt(word, 0);
                case AFTER_PREFIXES -> matchesAfter(word, prefixed);
                case ANYWHERE -> matchesAnywhere(word);
            };
        }

        private boolean matchesAfter(Word word, long prefixed) {
            for (long left = prefixed; left != 0; left &= left - 1) {
                if (matchesAt(word, Long.numberOfTrailingZeros(left))) {
                    return true;
                }
            }
            return false;
        }

        private boolean matchesAnywhere(Word word) {
            for (int at = 0; at < word.runs(); at++) {
                if (matchesAt(word, at)) {
                    return true;
                }
            }
            return false;
        }

        boolean matchesAt(Word word, int at) {
            long ends = word.ends(at, stem);
            int rest = word.runs() - at;
            return anyEnding ? ends != 0 : rest < 64 && (ends >>> rest & 1) != 0;
        }
    }

    /** One language's list, its entries indexed by their first letter. */
    private static final class Lexicon {
        private final Script script;
        private final List<Entry> anywhere = new ArrayList<>();
        private final List<Entry> exceptions = new ArrayList<>();
        /** Entries that may match at the start of a word, and those that may after a prefix. */
        private final List<List<Entry>> atStart = byLetter();
        private final List<List<Entry>> afterPrefix = byLetter();
        private final List<List<Entry>> prefixes = byLetter();

        private Lexicon(Script script) {
            this.script = script;
        }

        static Lexicon parse(List<String> lines, Script script) {
            Lexicon lexicon = new Lexicon(script);
            for (String raw : lines) {
                String line = raw.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                if (line.endsWith("-")) {
                    add(lexicon.prefixes, Entry.parse(line.substring(0, line.length() - 1) + "*", script));
                } else if (line.startsWith("!")) {
                    lexicon.exceptions.add(Entry.parse(line.substring(1), script));
                } else {
                    Entry entry = Entry.parse(line, script);
                    switch (entry.anchor()) {
                        case START -> add(lexicon.atStart, entry);
                        case AFTER_PREFIXES -> {
                            add(lexicon.atStart, entry);
                            add(lexicon.afterPrefix, entry);
                        }
                        case ANYWHERE -> lexicon.anywhere.add(entry);
                    }
                }
            }
            return lexicon;
        }

        boolean matches(String text) {
            if (!script.reads(text)) {
                return false;
            }
            Word word = script.read(text);
            for (Entry entry : anywhere) {
                if (entry.matches(word, 0)) {
                    return true;
                }
            }
            long prefixed = prefixed(word);
            if (!matchesAnchored(word, prefixed)) {
                return false;
            }
            for (Entry exception : exceptions) {
                if (exception.matches(word, prefixed)) {
                    return false;
                }
            }
            return true;
        }

        private boolean matchesAnchored(Word word, long prefixed) {
            for (long left = prefixed; left != 0; left &= left - 1) {
                int at = Long.numberOfTrailingZeros(left);
                for (Entry entry : candidates(at == 0 ? atStart : afterPrefix, word, at)) {
                    if (entry.matchesAt(word, at)) {
                        return true;
                    }
                }
            }
            return false;
        }

        /** Bit p: a chain of prefixes leads from the start of the word to run p. */
        private long prefixed(Word word) {
            long reached = 1;
            long frontier = 1;
            for (int depth = 0; depth < MAX_PREFIXES && frontier != 0; depth++) {
                long next = 0;
                for (long left = frontier; left != 0; left &= left - 1) {
                    int at = Long.numberOfTrailingZeros(left);
                    for (Entry prefix : candidates(prefixes, word, at)) {
                        next |= word.ends(at, prefix.stem()) << at;
                    }
                }
                frontier = next & ~reached;
                reached |= next;
            }
            return reached;
        }

        /** The entries of the index that start with a letter run {@code at} may stand for. */
        private static List<Entry> candidates(List<List<Entry>> index, Word word, int at) {
            long letters = at < word.runs() ? word.masks()[at] & Script.LETTERS : 0;
            if (Long.bitCount(letters) == 1) {
                return index.get(Long.numberOfTrailingZeros(letters));
            }
            List<Entry> candidates = new ArrayList<>();
            for (; letters != 0; letters &= letters - 1) {
                candidates.addAll(index.get(Long.numberOfTrailingZeros(letters)));
            }
            return candidates;
        }

        private static void add(List<List<Entry>> index, Entry entry) {
            index.get(entry.stem()[0]).add(entry);
        }

        private static List<List<Entry>> byLetter() {
            List<List<Entry>> index = new ArrayList<>();
            for (int letter = 0; letter < 32; letter++) {
                index.add(new ArrayList<>());
            }
            return index;
        }
    }
}
