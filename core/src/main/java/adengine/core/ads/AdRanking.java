package adengine.core.ads;

import adengine.core.campaign.CampaignSpec;

/**
 * AdEngine's ranking. The platform is judged on profit first, relevance second and meeting the
 * advertisers' limits third, so an option scores its expected revenue, nudged by pacing and
 * relevance:
 *
 * <pre>
 *   p       = min(0.95, campaignClickRate × 2 × relevance)
 *   revenue = cost_per_impression (0 for a repeat) + cost_per_click × p
 *   score   = revenue × pacing × (1 + 0.3 × (relevance − 0.5))
 * </pre>
 *
 * <ul>
 *   <li>{@code campaignClickRate} is the campaign's observed click rate, smoothed towards the
 *       market's rate as if {@value #PRIOR_IMPRESSIONS} impressions at that rate had been seen, so
 *       a new campaign is neither ignored nor overrated after one lucky click.</li>
 *   <li>{@code relevance} (0..1, 0.5 when unknown) scales the click chance around the campaign's
 *       rate: a typical client clicks at the campaign's rate, a more relevant one more often.</li>
 *   <li>{@code pacing} compares the share of the campaign's window that has passed with the share
 *       of its impressions delivered: a campaign behind schedule gets up to ×2, one ahead down to
 *       ×0.75, so limits are met over the whole window instead of the richest campaigns taking
 *       every early client.</li>
 *   <li>The relevance factor (±15 %) breaks near-ties in favour of the more relevant advertiser.</li>
 * </ul>
 */
public final class AdRanking implements AdPolicy {
    static final int PRIOR_IMPRESSIONS = 50;
    static final double MAX_CLICK_PROBABILITY = 0.95;
    static final double BEHIND_WEIGHT = 1.0;
    static final double AHEAD_WEIGHT = 0.25;
    static final double RELEVANCE_WEIGHT = 0.3;

    @Override
    public double score(AdOption option, Market market) {
        Prices prices = option.prices();
        double revenue = (option.repeat() ? 0 : prices.impression()) + prices.click() * clickProbability(option, market.clickRate());
        return revenue * pacing(option) * (1 + RELEVANCE_WEIGHT * (option.relevance() - RelevanceScale.UNKNOWN));
    }

    static double clickProbability(AdOption option, double marketClickRate) {
        Delivery delivery = option.delivery();
        double campaignRate = (delivery.clicks() + marketClickRate * PRIOR_IMPRESSIONS)
                / (delivery.impressions() + PRIOR_IMPRESSIONS);
        return Math.min(MAX_CLICK_PROBABILITY, campaignRate * 2 * option.relevance());
    }

    /** Behind schedule: 1 + lag (up to 2); ahead: 1 − 0.25 × lead (down to 0.75). */
    static double pacing(AdOption option) {
        CampaignSpec spec = option.campaign().spec();
        if (spec.impressionsLimit() == 0) {
            return 1;
        }
        double windowPassed = (option.day() - spec.startDate() + 1.0) / (spec.endDate() - spec.startDate() + 1.0);
        double delivered = (double) option.delivery().impressions() / spec.impressionsLimit();
        double lag = Math.max(-1, Math.min(1, windowPassed - delivered));
        return lag >= 0 ? 1 + BEHIND_WEIGHT * lag : 1 + AHEAD_WEIGHT * lag;
    }
}
