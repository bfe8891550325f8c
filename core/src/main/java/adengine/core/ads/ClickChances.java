package adengine.core.ads;

import java.util.Collection;

/**
 * Click chances learnt from what happened, as {@code rate(bin) × appeal(campaign)}:
 *
 * <ul>
 *   <li>{@code rate(bin)}: clicks over impressions of all running campaigns in that
 *       {@link Relevance} bin, which is how strongly the ML scores predict clicks, learnt rather
 *       than assumed. While impressions are few it leans on a prior (as if
 *       {@value #BIN_PRIOR_IMPRESSIONS} impressions per bin had been seen at the overall rate times
 *       a mild belief that more relevant clients click more), and the overall rate itself leans on
 *       {@value #PRIOR_RATE} for its first {@value #PRIOR_IMPRESSIONS} impressions.</li>
 *   <li>{@code appeal(campaign)}: the campaign's clicks over the clicks its audience would have
 *       made at those rates; it starts at 1 and is smoothed by {@value #APPEAL_PRIOR_CLICKS}
 *       expected clicks, so one lucky click does not make a campaign a star. Comparing with the
 *       expected clicks of its own audience keeps a campaign shown to relevant clients from being
 *       credited for their relevance.</li>
 * </ul>
 */
public final class ClickChances {
    static final double PRIOR_RATE = 0.05;
    static final int PRIOR_IMPRESSIONS = 200;
    static final int BIN_PRIOR_IMPRESSIONS = 100;
    /** Before data: unscored clients click like below-average ones, each fifth of relevance a little more. */
    static final double[] PRIOR_LIFT = {0.8, 0.6, 0.8, 1.0, 1.2, 1.4};
    static final double APPEAL_PRIOR_CLICKS = 2;
    static final double MAX_CHANCE = 0.95;

    private final double[] rates = new double[Relevance.BINS];

    public ClickChances(Collection<Engagement> engagements) {
        long[] impressions = new long[Relevance.BINS];
        long[] clicks = new long[Relevance.BINS];
        long allImpressions = 0;
        long allClicks = 0;
        for (Engagement engagement : engagements) {
            for (int bin = 0; bin < Relevance.BINS; bin++) {
                impressions[bin] += engagement.impressions(bin);
                clicks[bin] += engagement.clicks(bin);
            }
        }
        for (int bin = 0; bin < Relevance.BINS; bin++) {
            allImpressions += impressions[bin];
            allClicks += clicks[bin];
        }
        double overall = (allClicks + PRIOR_RATE * PRIOR_IMPRESSIONS) / (allImpressions + PRIOR_IMPRESSIONS);
        for (int bin = 0; bin < Relevance.BINS; bin++) {
            rates[bin] = (clicks[bin] + overall * PRIOR_LIFT[bin] * BIN_PRIOR_IMPRESSIONS) / (impressions[bin] + BIN_PRIOR_IMPRESSIONS);
        }
    }

    /** What the learning knows of a campaign with this engagement: its appeal and its chance over its audience so far. */
    public LearntCampaign learn(Engagement engagement) {
        double expected = 0;
        long impressions = 0;
        for (int bin = 0; bin < Relevance.BINS; bin++) {
            expected += engagement.impressions(bin) * rates[bin];
            impressions += engagement.impressions(bin);
        }
        double appeal = (engagement.totalClicks() + APPEAL_PRIOR_CLICKS) / (expected + APPEAL_PRIOR_CLICKS);
        double audienceRate = impressions == 0 ? rates[Relevance.BINS / 2] : expected / impressions;
        return new LearntCampaign(appeal, Math.min(MAX_CHANCE, audienceRate * appeal));
    }

    /** The chance that a client in {@code bin} clicks the campaign. */
    public double chance(LearntCampaign campaign, int bin) {
        return Math.min(MAX_CHANCE, rates[bin] * campaign.appeal());
    }

    double rate(int bin) {
        return rates[bin];
    }
}
