package adengine.bench.quality;

/** What one policy achieved on one scenario. */
record Outcome(
        String policy,
        double profit,
        long impressions,
        long clicks,
        double meanScoreOfImpressions,
        double fulfilment,
        double worstOverrun,
        long targetingErrors) {

    /** −5 % of the combined score for every full 5 % by which the worst campaign overran its limit. */
    double overrunPenalty() {
        return 0.05 * Math.floor(worstOverrun / 0.05);
    }
}
