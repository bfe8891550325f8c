package adengine.core.notice;

import adengine.core.time.PlatformDay;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Notifications about campaigns for the chats of their advertisers. A sender polls {@link #due()},
 * and sends a notice only after winning {@link #claim}, so that each goes out once however many
 * instances poll.
 */
public final class CampaignNotices {
    private final CampaignNoticeRepository notices;
    private final PlatformDay day;
    private final Clock clock;

    public CampaignNotices(CampaignNoticeRepository notices, PlatformDay day, Clock clock) {
        this.notices = Objects.requireNonNull(notices);
        this.day = Objects.requireNonNull(day);
        this.clock = Objects.requireNonNull(clock);
    }

    /** Unclaimed notices: campaigns that reached their impressions limit, and those whose end date is before the current day. */
    public List<Notice> due() {
        return notices.due(day.currentDay());
    }

    /** True for the one caller that should send the notice; false when it was claimed already. */
    public boolean claim(UUID campaignId, NoticeKind kind) {
        Objects.requireNonNull(campaignId, "campaignId");
        Objects.requireNonNull(kind, "kind");
        return notices.claim(campaignId, kind, clock.instant());
    }
}
