package adengine.core.moderation.wordlist;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Brings texts and list entries to one spelling before they are compared: lower case, decomposed
 * (NFKD) and without accents or invisible characters, so {@code ё} reads as {@code е}, {@code й} as
 * {@code и}, and full-width or accented letters as plain ones.
 */
final class TextNormaliser {
    private TextNormaliser() {
    }

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
}
