package adengine.core.moderation.wordlist;

import java.util.ArrayList;
import java.util.List;

/**
 * The spellings of one word worth looking up: the word without the separators an offender puts
 * between its letters ({@code f.u.c.k}, asterisks kept as masks), then, when it holds digits or
 * symbols, each of its runs of two or more letters, since these may separate words rather than stand
 * for letters ({@code кофе|чай} is also {@code кофе} and {@code чай}).
 */
final class Spellings {
    /** Characters an offender puts between letters; they are dropped inside a word. */
    private static final String SEPARATORS = ".-_`~^\"*+#‐–—·";

    private Spellings() {
    }

    static boolean isSeparator(char c) {
        return SEPARATORS.indexOf(c) >= 0;
    }

    static List<String> of(String word) {
        List<String> spellings = new ArrayList<>();
        StringBuilder joined = new StringBuilder(word.length());
        boolean lettersOnly = true;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            lettersOnly &= Character.isLetter(c);
            if (c == Script.MASK || !isSeparator(c)) {
                joined.append(c);
            }
        }
        spellings.add(joined.toString());
        if (lettersOnly) {
            return spellings;
        }
        for (int start = 0, end; start < word.length(); start = end + 1) {
            end = start;
            while (end < word.length() && Character.isLetter(word.charAt(end))) {
                end++;
            }
            if (end - start > 1) {
                spellings.add(word.substring(start, end));
            }
        }
        return spellings;
    }
}
