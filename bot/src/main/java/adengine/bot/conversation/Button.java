package adengine.bot.conversation;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/** An inline button; Telegram refuses callback data over 64 bytes, so a longer one is a bug caught here. */
public record Button(String text, String data) {
    public static final int MAX_DATA_BYTES = 64;

    public Button {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(data, "data");
        if (data.getBytes(StandardCharsets.UTF_8).length > MAX_DATA_BYTES) {
            throw new IllegalArgumentException("callback data over " + MAX_DATA_BYTES + " bytes: " + data);
        }
    }
}
