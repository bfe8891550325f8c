package adengine.core.common;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What a user typed to narrow a list: it matches the texts that contain it, ignoring case in any
 * script. {@link #ANY} matches every text. Characters are compared as their case forms
 * ({@link #casesOf}), the one rule the stores that filter by a term follow too.
 */
public record SearchTerm(String text) {
    public static final SearchTerm ANY = new SearchTerm("");

    public SearchTerm {
        new Validator()
                .require("search", text)
                .check(text == null || text.length() <= Validator.NAME_MAX_LENGTH, "search", Rule.TOO_LONG,
                        Validator.NAME_MAX_LENGTH)
                .check(text == null || text.indexOf('\0') < 0, "search", Rule.NUL_CHARACTER)
                .throwIfInvalid();
    }

    public boolean isAny() {
        return text.isEmpty();
    }

    /** Whether {@code candidate} contains this term, each character in any of its case forms. */
    public boolean matches(String candidate) {
        int[] term = text.codePoints().toArray();
        int[] letters = candidate.codePoints().toArray();
        for (int start = 0; start + term.length <= letters.length; start++) {
            if (matchesAt(term, letters, start)) {
                return true;
            }
        }
        return false;
    }

    private static boolean matchesAt(int[] term, int[] letters, int start) {
        for (int i = 0; i < term.length; i++) {
            if (!casesOf(term[i]).contains(letters[start + i])) {
                return false;
            }
        }
        return true;
    }

    /**
     * The characters that count as {@code codePoint} in a search: itself and its lower, upper and
     * title case forms, also through one another (σ, ς and Σ are one letter).
     */
    public static Set<Integer> casesOf(int codePoint) {
        Set<Integer> cases = new LinkedHashSet<>();
        cases.add(codePoint);
        int lower = Character.toLowerCase(codePoint);
        int upper = Character.toUpperCase(codePoint);
        cases.add(lower);
        cases.add(upper);
        cases.add(Character.toTitleCase(codePoint));
        cases.add(Character.toLowerCase(upper));
        cases.add(Character.toUpperCase(lower));
        return cases;
    }
}
