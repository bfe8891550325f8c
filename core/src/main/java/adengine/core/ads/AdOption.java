package adengine.core.ads;

import adengine.core.campaign.Campaign;

/**
 * One campaign that may be shown to the client now: a new impression, or a free repeat of a
 * campaign the client has already seen. {@code relevance} is the client's ML score for the
 * campaign's advertiser on the {@link RelevanceScale}.
 */
public record AdOption(Campaign campaign, Prices prices, Delivery delivery, int day, double relevance, boolean repeat) {
}
