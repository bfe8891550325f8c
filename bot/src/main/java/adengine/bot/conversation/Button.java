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
        return text.length() <= LABEL_MAX ? text : text.substring(0, LABEL_MAX - 1) + "…";
    }
}
