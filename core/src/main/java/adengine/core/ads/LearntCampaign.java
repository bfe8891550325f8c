package adengine.core.ads;

/**
 * What the click learning knows of a campaign: its {@code appeal} (its clicks over the clicks its
 * audience would have made at the market's rates, 1 before any data) and its chance over the
 * audience it has had so far, over a typical one before any.
 */
public record LearntCampaign(double appeal, double audienceChance) {
}
