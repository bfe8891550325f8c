package adengine.bot.conversation;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/** An inline button; Telegram refuses callback data over 64 bytes, so a longer one is a bug caught here. */
public record Button(String text, String data) {
    public static final int MAX_DATA_BYTES = 64;
    /** Longer labels are cut so that a row of the keyboard stays readable. */
    static final int LABEL_MAX = 60;

    public Button {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(data, "data");
        if (data.getBytes(StandardCharsets.UTF_8).length > MAX_DATA_BYTES) {
            throw new IllegalArgumentException("callback data over " + MAX_DATA_BYTES + " bytes: " + data);
        }
    }

    /** A name or title as a button label: plain text, cut with an ellipsis when too long. */
    public static String label(String text) {
        return label(text, "");
    }

    /** A name with something that must stay visible after it (a count, a short id): the name is cut, never the suffix. */
    public static String label(String text, String suffix) {
        int room = LABEL_MAX - suffix.length();
        if (text.length() <= room) {
            return text + suffix;
        }
        int cut = room - 1;
        // never half of a character written as two chars (an emoji): Telegram refuses invalid UTF-8
        if (Character.isHighSurrogate(text.charAt(cut - 1))) {
            cut--;
        }
        return text.substring(0, cut) + "…" + suffix;
    }
}
