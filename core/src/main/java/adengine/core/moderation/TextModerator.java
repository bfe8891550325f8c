package adengine.core.moderation;

/**
 * An engine that judges one text, such as an ad's title or body. Implementations: word lists
 * ({@link adengine.core.moderation.wordlist.WordListModerator}) here in the core, and a language
 * model in the persistence adapters.
 */
public interface TextModerator {
    /** Judges {@code text} (not null); an empty or blank text is allowed. */
    ModerationVerdict check(String text);
}
