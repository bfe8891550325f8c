package adengine.core.notice;

import java.util.Objects;

/** A chat a notification goes to, and the language the bot speaks there, which the notification is written in. */
public record Recipient(long chatId, String language) {
    public Recipient {
        Objects.requireNonNull(language, "language");
    }
}
