package adengine.core.stats;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Reads statistics from the ledger's aggregates, which are written in the same transaction as each event. */
public interface StatsRepository {
    /** The activity of those of the campaigns that are live (not deleted), in one read. */
    List<CampaignActivity> liveCampaigns(Collection<UUID> campaignIds);

    /** The live (not deleted) campaign's activity, or empty when there is no such campaign. */
    default Optional<CampaignActivity> liveCampaign(UUID campaignId) {
        return liveCampaigns(List.of(campaignId)).stream().findFirst();
    }

    /** Every campaign of the advertiser, deleted ones included, newest first. */
    List<CampaignActivity> advertiserCampaigns(UUID advertiserId);
}
