package adengine.core.stats;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Reads statistics from the ledger's aggregates, which are written in the same transaction as each event. */
public interface StatsRepository {
    /** The live (not deleted) campaign's activity, or empty when there is no such campaign. */
    Optional<CampaignActivity> liveCampaign(UUID campaignId);

    /** Every campaign of the advertiser, deleted ones included, newest first. */
    List<CampaignActivity> advertiserCampaigns(UUID advertiserId);
}
