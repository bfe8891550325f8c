package adengine.bot.conversation;

import java.util.List;

/**
 * A message as the user sees it now: its text (a photo's caption) without markup, its buttons, and
 * whether it is a photo. Formatting is not compared, as no two screens of the bot differ in
 * formatting alone.
 */
public record Shown(int messageId, String text, List<List<Button>> rows, boolean picture) {
    public Shown {
        rows = rows.stream().map(List::copyOf).toList();
    }

    /**
     * Whether showing the screen in this message would change nothing. A screen with a picture
     * never does: a pressed button tells the photo's id, not what it shows, and a new upload is a
     * change to Telegram.
     */
    boolean looksLike(Screen screen) {
        return !picture && screen.picture() == null && text.equals(Html.plain(screen.html())) && rows.equals(screen.rows());
    }

    /** Whether an edit can turn this message into the screen: a text can gain a picture and a picture be replaced, but none is taken away. */
    boolean canShow(Screen screen) {
        return !picture || screen.picture() != null;
    }

    Shown showing(Screen screen) {
        return new Shown(messageId, Html.plain(screen.html()), screen.rows(), screen.picture() != null);
    }
}
