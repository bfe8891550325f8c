package adengine.bot.conversation;

import adengine.core.common.FieldProblem;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * The bot's texts in the user's language: English for English Telegram clients, Russian (the
 * default) otherwise. A chat's {@link #language()} names them again later, for what the bot sends
 * there unasked.
 */
public final class Texts {
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");
    static final Texts ENGLISH_TEXTS = new Texts(Locale.ENGLISH);
    static final Texts RUSSIAN_TEXTS = new Texts(RUSSIAN);

    private final Locale locale;
    private final ResourceBundle bundle;

    private Texts(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle("adengine.bot.messages", locale, NO_FALLBACK);
    }

    /** The texts for a Telegram client's language_code, or for a {@link #language()} this gave before. */
    public static Texts forLanguage(String languageCode) {
        return languageCode != null && languageCode.toLowerCase(Locale.ROOT).startsWith("en") ? ENGLISH_TEXTS : RUSSIAN_TEXTS;
    }

    /** Which of the bot's languages these texts are in: {@code en} or {@code ru}. */
    public String language() {
        return locale.getLanguage();
    }

    /** The text of {@code key}; arguments fill {0}, {1}… and are inserted as given (escape HTML before). */
    public String get(String key, Object... args) {
        String pattern = bundle.getString(key);
        if (args.length == 0) {
            return pattern;
        }
        Object[] plain = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            plain[i] = String.valueOf(args[i]);
        }
        return new MessageFormat(pattern, locale).format(plain);
    }

    /**
     * What core refused, in this language and safe inside HTML: each problem by its code, after the
     * name of its field where the bot has one (a campaign's {@code targeting.age_to} is its age_to).
     */
    public String problems(List<FieldProblem> problems) {
        return problems.stream().map(this::problem).collect(Collectors.joining("; "));
    }

    private String problem(FieldProblem problem) {
        Object[] args = problem.args().stream().map(arg -> Html.escape(String.valueOf(arg))).toArray();
        String text = get("problem." + problem.code(), args);
        String label = "field." + problem.field().substring(problem.field().lastIndexOf('.') + 1);
        return bundle.containsKey(label) ? get(label) + ": " + text : text;
    }
}
