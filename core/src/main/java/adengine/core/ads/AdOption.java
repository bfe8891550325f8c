package adengine.core.ads;

import adengine.core.campaign.Campaign;

/**
 * One campaign that may be shown to the client now: a new impression, or a free repeat of a
 * campaign the client has already seen, with what the click learning knows of the campaign and the
 * client's {@link Relevance} for its advertiser.
 */
public record AdOption(Campaign campaign, Prices prices, Delivery delivery, LearntCampaign learnt, int day,
        Relevance relevance, boolean repeat) {
}
