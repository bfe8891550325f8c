package adengine.core.notice;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** A notification due about a campaign, to every chat bound to its advertiser. */
public record Notice(UUID campaignId, String campaignTitle, UUID advertiserId, NoticeKind kind, List<Recipient> recipients) {
    public Notice {
        Objects.requireNonNull(campaignId, "campaignId");
        Objects.requireNonNull(campaignTitle, "campaignTitle");
        Objects.requireNonNull(advertiserId, "advertiserId");
        Objects.requireNonNull(kind, "kind");
        recipients = List.copyOf(recipients);
    }
}
