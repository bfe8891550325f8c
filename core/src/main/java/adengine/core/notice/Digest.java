package adengine.core.notice;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** A daily digest due: the advertiser's figures of {@code day}, for its chats that asked for them and have not had them. */
public record Digest(UUID advertiserId, String advertiserName, int day, List<Recipient> recipients) {
    public Digest {
        Objects.requireNonNull(advertiserId, "advertiserId");
        Objects.requireNonNull(advertiserName, "advertiserName");
        recipients = List.copyOf(recipients);
    }
}
