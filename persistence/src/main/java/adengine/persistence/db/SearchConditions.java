package adengine.persistence.db;

import adengine.core.common.SearchTerm;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * A {@link SearchTerm} as a condition on a text column. ILIKE and lower() fold case by the
 * database's locale, under C only ASCII letters, and would treat % and _ as wildcards; so the term
 * becomes a regular expression that spells out each character's case forms itself ([кК][оО]…) and
 * matches the same texts under any locale.
 */
public final class SearchConditions {
    private SearchConditions() {
    }

    public static Condition contains(Field<String> text, SearchTerm term) {
        return term.isAny() ? DSL.noCondition() : text.likeRegex(pattern(term));
    }

    /**
     * ASCII punctuation and spaces are escaped with a backslash (no locale counts them as letters, so
     * the escape never reads as a class like \w); every other character goes in brackets with its
     * case forms, where only ] \ ^ - [ would be special.
     */
    static String pattern(SearchTerm term) {
        StringBuilder pattern = new StringBuilder();
        term.text().codePoints().forEach(character -> {
            if (character < 0x80 && !Character.isLetterOrDigit(character)) {
                pattern.append('\\').appendCodePoint(character);
            } else {
                pattern.append('[');
                SearchTerm.casesOf(character).forEach(pattern::appendCodePoint);
                pattern.append(']');
            }
        });
        return pattern.toString();
    }
}
