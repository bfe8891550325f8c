package adengine.core.moderation.wordlist;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a normalised text into the words to look up. A word ends at a space or punctuation, but not
 * at the separators an offender puts between letters ({@code f.u.c.k}) nor at the symbols that
 * stand for letters ({@code a$$hole}). Separators at either end are dropped, so {@code f*} or
 * {@code 5*} never count, and a run of three or more one-letter words is read as one word, since
 * that is how a word is spelled out ({@code х у й}).
 */
final class WordSplitter {
    /** Characters that stand for letters: digits too. */
    private static final String SUBSTITUTES = "@$!|";
    /** Fewer one-letter words in a row are rather prepositions or initials ("в с", "a b") than a word spelled out. */
    private static final int SPELLED_OUT = 3;

    private WordSplitter() {
    }

    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder letters = new StringBuilder();
        for (int start = 0, end; start < text.length(); start = end + 1) {
            end = start;
            while (end < text.length() && isInWord(text.charAt(end))) {
                end++;
            }
            String token = trimmed(text, start, end);
            if (token.length() == 1) {
                letters.append(token);
            } else if (!token.isEmpty()) {
                addSpelledOut(words, letters);
                words.add(token);
            }
        }
        addSpelledOut(words, letters);
        return words;
    }

    private static void addSpelledOut(List<String> words, StringBuilder letters) {
        if (letters.length() >= SPELLED_OUT) {
            words.add(letters.toString());
        }
        letters.setLength(0);
    }

    private static boolean isInWord(char c) {
        return Character.isLetterOrDigit(c) || SUBSTITUTES.indexOf(c) >= 0 || Spellings.isSeparator(c);
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
}
