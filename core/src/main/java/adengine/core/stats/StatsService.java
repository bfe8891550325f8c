package adengine.core.stats;

import adengine.core.advertiser.AdvertiserService;
import adengine.core.common.NotFoundException;
import adengine.core.time.PlatformDay;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Campaign and advertiser statistics. Daily series hold every day of each campaign's window up to
 * today (zeros included) and any other day with an event; advertiser figures include deleted
 * campaigns, so money spent never disappears.
 */
public final class StatsService {
    /** A series covers at most this many window days (the latest), so a far-off clock cannot blow it up. */
    static final int MAX_WINDOW_DAYS = 100_000;

    private final StatsRepository stats;
    private final AdvertiserService advertisers;
    private final PlatformDay clock;

    public StatsService(StatsRepository stats, AdvertiserService advertisers, PlatformDay clock) {
        this.stats = Objects.requireNonNull(stats);
        this.advertisers = Objects.requireNonNull(advertisers);
        this.clock = Objects.requireNonNull(clock);
    }

    public Stats campaign(UUID campaignId) {
        return liveCampaign(campaignId).total();
    }

    /** The totals of those of the campaigns that are live, by campaign, in one read (a page of a list). */
    public Map<UUID, Stats> campaigns(Collection<UUID> campaignIds) {
        return stats.liveCampaigns(campaignIds).stream()
                .collect(Collectors.toMap(CampaignActivity::campaignId, CampaignActivity::total));
    }

    public List<DailyStats> campaignDaily(UUID campaignId) {
        return daily(List.of(liveCampaign(campaignId)), clock.currentDay());
    }

    public Stats advertiser(UUID advertiserId) {
        return total(advertiserCampaigns(advertiserId));
    }

    public List<DailyStats> advertiserDaily(UUID advertiserId) {
        return daily(advertiserCampaigns(advertiserId), clock.currentDay());
    }

    /**
     * Every campaign of the advertiser, deleted ones included, newest first: their totals add up to
     * {@link #advertiser}. One read, so the rows and their days describe the same moment.
     */
    public List<CampaignActivity> advertiserCampaigns(UUID advertiserId) {
        advertisers.get(advertiserId);
        return stats.advertiserCampaigns(advertiserId);
    }

    /** What the advertiser's campaigns did on {@code day}, in one read of its statistics. */
    public AdvertiserDay advertiserDay(UUID advertiserId, int day) {
        return dayOf(advertiserCampaigns(advertiserId), day);
    }

    static AdvertiserDay dayOf(List<CampaignActivity> campaigns, int day) {
        return new AdvertiserDay(day, campaigns.stream()
                .filter(campaign -> campaign.days().containsKey(day)
                        || !campaign.deleted() && campaign.startDate() <= day && day <= campaign.endDate())
                .map(campaign -> new CampaignDay(campaign.campaignId(), campaign.adTitle(), campaign.days().getOrDefault(day, Stats.ZERO)))
                .toList());
    }

    /**
     * A campaign's daily series as {@link #campaignDaily} lists it, up to {@code today}, for a
     * campaign read by {@link #advertiserCampaigns} (the caller reads the day once for them all).
     */
    public static List<DailyStats> daily(CampaignActivity campaign, int today) {
        return daily(List.of(campaign), today);
    }

    private CampaignActivity liveCampaign(UUID campaignId) {
        return stats.liveCampaign(campaignId).orElseThrow(() -> new NotFoundException("campaign", campaignId));
    }

    private static Stats total(List<CampaignActivity> campaigns) {
        return campaigns.stream().map(CampaignActivity::total).reduce(Stats.ZERO, Stats::plus);
    }

    static List<DailyStats> daily(List<CampaignActivity> campaigns, int today) {
        Map<Integer, Stats> byDay = new TreeMap<>();
        for (CampaignActivity campaign : campaigns) {
            long last = Math.min(campaign.endDate(), today);
            for (long day = Math.max(campaign.startDate(), last - MAX_WINDOW_DAYS + 1); day <= last; day++) {
                byDay.putIfAbsent((int) day, Stats.ZERO);
            }
            campaign.days().forEach((day, stats) -> byDay.merge(day, stats, Stats::plus));
        }
        return byDay.entrySet().stream().map(entry -> new DailyStats(entry.getKey(), entry.getValue())).toList();
    }
}
