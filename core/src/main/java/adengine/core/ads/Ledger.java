package adengine.core.ads;

import java.util.Optional;
import java.util.UUID;

/**
 * The durable record of impressions and clicks. Each method returns only after its event is
 * committed, and checks its rules in the same atomic step as the write, so concurrent requests
 * (from any number of instances) can never exceed a cap or count an event twice.
 */
public interface Ledger {
    /**
     * Records the first show of a campaign to a client on {@code day}, charged the campaign's
     * cost_per_impression at this moment, if the campaign is live, runs on that day, is below
     * its click limit and a new impression keeps it under 1.05 × impressions_limit. The
     * {@code relevanceBin} the decision saw is kept with it, and its click later counts in that bin.
     */
    ImpressionOutcome recordImpression(UUID campaignId, UUID clientId, int day, int relevanceBin);

    /**
     * As {@link #recordImpression}, on the basis's day, but only if the client, the day and the
     * campaigns are still at the basis's versions; {@link ImpressionOutcome.Stale} otherwise,
     * with nothing written. Checked in the same atomic step as the write.
     */
    ImpressionOutcome recordImpressionIfCurrent(UUID campaignId, UUID clientId, int relevanceBin, DecisionBasis basis);

    /** The campaign's delivery now, if it is live and runs on {@code day}; checked before repeating it for free. */
    Optional<Delivery> deliveryOf(UUID campaignId, int day);

    /** Records the first click of a client on a campaign shown to them, charged cost_per_click at this moment. */
    ClickOutcome recordClick(UUID campaignId, UUID clientId, int day);
}
