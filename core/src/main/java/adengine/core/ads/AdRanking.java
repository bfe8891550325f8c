package adengine.core.ads;

import adengine.core.campaign.CampaignSpec;
import java.util.Objects;

/**
 * AdEngine's ranking. The platform is judged on profit first, relevance second and meeting the
 * advertisers' limits third (weights 0.5, 0.25 and 0.15), so an option is worth the money it is
 * expected to bring plus what it adds to the other two, converted into money at those weights:
 *
 * <pre>
 *   p          = learnt click chance of the campaign for the client's relevance bin   ({@link ClickChances})
 *   click      = cost_per_click × p × clickRoom
 *   impression = (cost_per_impression + limits) × (1 − sellOut)          (0 for a repeat)
 *   relevance  = 0.5 × revenuePerImpression × (ratio − 1)                (0 for a repeat)
 *   score      = impression + click + relevance
 * </pre>
 *
 * <ul>
 *   <li>{@code sellOut} (0..1) says how surely the campaign will deliver all its impressions
 *       anyway: a campaign ahead of an even pace over its window is in demand. Its
 *       cost_per_impression is then earned whoever sees it, so it stops deciding who does and the
 *       client goes where they are worth the most; a campaign behind pace keeps its full price
 *       and its limits bonus, so it is not starved, however few days it has.</li>
 *   <li>{@code limits} is what one more impression (and, with chance p, one more click) adds to
 *       meeting the campaign's limits: a share of a typical campaign's budget over its limit, so a
 *       small campaign's impressions count for more.</li>
 *   <li>{@code clickRoom} (0..1) is the share of the expected clicks the campaign can still take:
 *       a campaign about to reach its clicks limit cannot convert more impressions into paid
 *       clicks.</li>
 *   <li>{@code ratio} is the client's score for the advertiser over the client's mean score
 *       (0 without a score): relevance is judged on raw scores, so twice the client's usual score
 *       is worth half a typical impression's revenue more.</li>
 * </ul>
 *
 * A repeat earns only its click: it is free, and it is shown only when no new impression can be.
 */
public final class AdRanking {
    /** Relevance against profit: 0.25 / 0.5. */
    static final double RELEVANCE_WEIGHT = 0.5;
    /** Limits against profit: 0.15 / 0.5, shared by impressions and clicks. */
    static final double LIMITS_WEIGHT = 0.15;
    /** How far ahead of an even pace (share of the limit) a campaign is taken to sell out surely. */
    static final double SELL_OUT_LEAD = 0.1;

    /** How likely the client is to click an option. */
    public interface ClickEstimate {
        double chance(AdOption option, Market market);
    }

    /** AdEngine's estimate: the click chances learnt from the market's engagement. */
    public static final ClickEstimate LEARNT = (option, market) ->
            market.clickChances().chance(option.learnt(), option.relevance().bin());

    private final ClickEstimate clickEstimate;

    public AdRanking() {
        this(LEARNT);
    }

    /** A ranking on other click chances: the quality benchmark's oracle ranks with the true ones. */
    public AdRanking(ClickEstimate clickEstimate) {
        this.clickEstimate = Objects.requireNonNull(clickEstimate);
    }

    public double score(AdOption option, Market market) {
        double p = clickEstimate.chance(option, market);
        double click = option.prices().click() * p * clickRoom(option);
        if (option.repeat()) {
            return click;
        }
        double impression = (option.prices().impression() + limits(option, p, market)) * (1 - sellOut(option));
        double relevance = RELEVANCE_WEIGHT * market.revenuePerImpression() * (ratio(option.relevance()) - 1);
        return impression + click + relevance;
    }

    static double ratio(Relevance relevance) {
        return relevance.scored() ? relevance.ratio() : 0;
    }

    /** 0 while the campaign is at or behind an even pace, rising to 1 when it is {@value #SELL_OUT_LEAD} of its limit ahead. */
    static double sellOut(AdOption option) {
        CampaignSpec spec = option.campaign().spec();
        if (spec.impressionsLimit() == 0) {
            return 1;
        }
        double paceByTonight = (option.day() - spec.startDate() + 1.0) / (spec.endDate() - spec.startDate() + 1.0);
        double delivered = (double) option.delivery().impressions() / spec.impressionsLimit();
        return Math.max(0, Math.min(1, (delivered - paceByTonight) / SELL_OUT_LEAD));
    }

    /** Meeting the limits: a typical budget's share for one impression of this limit, and for p of one click. */
    static double limits(AdOption option, double p, Market market) {
        CampaignSpec spec = option.campaign().spec();
        Delivery delivery = option.delivery();
        double impressions = delivery.impressions() < spec.impressionsLimit() ? 1.0 / spec.impressionsLimit() : 0;
        double clicks = delivery.clicks() < spec.clicksLimit() ? p / spec.clicksLimit() : 0;
        return LIMITS_WEIGHT * market.budgetPerCampaign() * (impressions + clicks);
    }

    /** The clicks left over the clicks the impressions left would bring at the campaign's chance, at most 1. */
    static double clickRoom(AdOption option) {
        CampaignSpec spec = option.campaign().spec();
        Delivery delivery = option.delivery();
        double expected = Math.max(1, spec.impressionsLimit() - delivery.impressions()) * option.learnt().audienceChance();
        double left = spec.clicksLimit() - delivery.clicks();
        return expected <= left ? 1 : Math.max(0, left) / expected;
    }
}
