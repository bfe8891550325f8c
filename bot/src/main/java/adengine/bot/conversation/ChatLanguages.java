package adengine.bot.conversation;

/**
 * Where a bound chat's language is kept, for what the bot later sends it unasked: each update of
 * such a chat tells the language its answer was in.
 */
@FunctionalInterface
public interface ChatLanguages {
    /** The chat's latest update was answered in {@code language} ({@link Texts#language()}). */
    void answeredIn(long chatId, String language);
}
