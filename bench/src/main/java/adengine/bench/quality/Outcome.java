package adengine.bench.quality;

import java.math.BigDecimal;

/**
 * What one contender achieved in one play. {@code violations} counts answers against the contract's
 * rules besides targeting: an ad shown outside its window, after a click or past its click limit, a
 * repeat while an unseen campaign was eligible, or no ad while one was. {@code service} is how the
 * contender was reached.
 */
record Outcome(
        String contender,
        BigDecimal profit,
        long impressions,
        long clicks,
        double meanScoreOfImpressions,
        double fulfilment,
        double worstOverrun,
        long targetingErrors,
        long violations,
        Service service) {

    /** How the answers were obtained: over HTTP (with latency and server errors) or computed in the benchmark. */
    record Service(boolean overHttp, double meanLatencyMillis, double p50LatencyMillis, long serverErrors) {
        static final Service IN_PROCESS = new Service(false, Double.NaN, Double.NaN, 0);
    }

    /** −5 % of the composite for every full 5 % by which the worst campaign overran its impressions limit. */
    double overrunPenalty() {
        return 0.05 * Math.floor(Math.max(0, worstOverrun) / 0.05 + 1e-9);
    }
}
