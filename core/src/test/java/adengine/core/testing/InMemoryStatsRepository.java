package adengine.core.testing;

import adengine.core.stats.CampaignActivity;
import adengine.core.stats.StatsRepository;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** Statistics a test arranges: each advertiser's campaigns as the aggregates would show them, newest first. */
public final class InMemoryStatsRepository implements StatsRepository {
    private final Map<UUID, List<CampaignActivity>> byAdvertiser = new ConcurrentHashMap<>();

    /** The advertiser's campaigns from now on, in this order. */
    public void put(UUID advertiserId, List<CampaignActivity> campaigns) {
        byAdvertiser.put(advertiserId, List.copyOf(campaigns));
    }

    @Override
    public List<CampaignActivity> liveCampaigns(Collection<UUID> campaignIds) {
        return byAdvertiser.values().stream().flatMap(List::stream)
                .filter(campaign -> campaignIds.contains(campaign.campaignId()) && !campaign.deleted())
                .toList();
    }

    @Override
    public List<CampaignActivity> advertiserCampaigns(UUID advertiserId) {
        return byAdvertiser.getOrDefault(advertiserId, List.of());
    }
}
