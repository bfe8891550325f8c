package adengine.bench.quality;

import adengine.bench.quality.Changes.Prices;
import adengine.bench.quality.World.Offer;

/**
 * A campaign a fair ad server could show to the client now, with what a formula may look at: its
 * prices, its delivery so far, the client's ML score for its advertiser (null when unscored), the
 * 90th percentile of all scores, and, for the oracle only, the client's true click chance.
 */
record Candidate(Offer offer, Prices prices, int impressions, int clicks, Long score, double scoreP90, boolean repeat,
        double trueClickChance) {
}
