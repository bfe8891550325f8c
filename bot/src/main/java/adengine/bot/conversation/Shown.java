package adengine.bot.conversation;

import java.util.List;

/**
 * A message as the user sees it now: its text without markup, and its buttons. Formatting is not
 * compared, as no two screens of the bot differ in formatting alone.
 */
public record Shown(int messageId, String text, List<List<Button>> rows) {
    public Shown {
        rows = rows.stream().map(List::copyOf).toList();
    }

    /** Whether showing the screen in this message would change nothing. */
    boolean looksLike(Screen screen) {
        return text.equals(Html.plain(screen.html())) && rows.equals(screen.rows());
    }

    Shown showing(Screen screen) {
        return new Shown(messageId, Html.plain(screen.html()), screen.rows());
    }
}
