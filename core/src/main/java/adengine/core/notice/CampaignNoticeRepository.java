package adengine.core.notice;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Storage side of campaign notices: which are due, and which were claimed for sending. */
public interface CampaignNoticeRepository {
    /**
     * For live (not deleted) campaigns whose advertiser is bound to at least one chat: a
     * {@link NoticeKind#LIMIT_REACHED} notice when the impressions recorded reached the impressions
     * limit, an {@link NoticeKind#ENDED} one when the end date is before {@code today}; each only
     * while not claimed.
     */
    List<Notice> due(int today);

    /** Records the notice as sent; true only for the one caller that recorded it, false for an unknown campaign. */
    boolean claim(UUID campaignId, NoticeKind kind, Instant at);
}
