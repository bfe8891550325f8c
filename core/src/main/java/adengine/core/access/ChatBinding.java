package adengine.core.access;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A chat that used an invite of the advertiser. {@code language} is the bot's language in the chat,
 * kept from its latest update. {@code active} says whether the binding gives access now: a private
 * chat's always does, a group's only while an admin allows that group.
 */
public record ChatBinding(long chatId, UUID advertiserId, ChatKind kind, String language, Instant boundAt, boolean active) {
    public ChatBinding {
        Objects.requireNonNull(advertiserId, "advertiserId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(boundAt, "boundAt");
    }
}
