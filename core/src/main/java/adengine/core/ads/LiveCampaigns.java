package adengine.core.ads;

import adengine.core.campaign.CampaignChanges;
import java.util.UUID;

/**
 * The campaigns the ad decision chooses from, kept close at hand. Deliveries may lag other
 * instances by a moment; that only costs a retry, because the {@link Ledger} checks the caps
 * again when it writes.
 */
public interface LiveCampaigns extends CampaignChanges {
    /**
     * Campaigns not deleted whose window contains the version's day, with their delivery, as of
     * that version of the campaigns or a later one.
     */
    Market market(MarketVersion version);

    /** The version of the campaigns in memory, from the last decision's read; null when none are loaded. */
    MarketVersion known();

    /** A delivery this instance just committed, so that its next decisions see it at once. */
    void delivered(UUID campaignId, Delivery delivery);

    /** The campaign no longer runs today (ended or deleted elsewhere): leave it out until the next reload. */
    void withdrawn(UUID campaignId);
}
