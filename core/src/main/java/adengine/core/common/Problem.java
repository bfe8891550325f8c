package adengine.core.common;

import java.util.List;
import java.util.Locale;

/**
 * What is wrong with one input value, named by a stable code so that each interface words it in
 * its reader's language: the REST API answers {@link #english}, the bot looks the code up in its
 * texts. Core's rules are {@link Rule}; an adapter names the problems of its own format (a JSON
 * value of the wrong type) the same way.
 */
public interface Problem {
    /** The constant's name, as every enum of problems gives it. */
    String name();

    /** The machine name, e.g. {@code too_long}. */
    default String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The English pattern, {@code {0}}, {@code {1}}… standing for the problem's arguments. */
    String pattern();

    /** The English text with {@code args} inserted as written (no number formatting). */
    default String english(List<?> args) {
        String text = pattern();
        for (int i = 0; i < args.size(); i++) {
            text = text.replace("{" + i + "}", String.valueOf(args.get(i)));
        }
        return text;
    }
}
