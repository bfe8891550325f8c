package adengine.core.ads;

/**
 * Turns raw ML scores (unbounded integers) into a relevance between 0 and 1: a logistic curve
 * over the score's distance from the mean, in standard deviations. It keeps the order of scores,
 * is not thrown off by a few huge values, and puts a typical score near 0.5. A missing score
 * means "unknown", which is taken as typical: 0.5.
 */
public record RelevanceScale(double mean, double standardDeviation) {
    public static final double UNKNOWN = 0.5;
    /** Before any score is known every client is typical. */
    public static final RelevanceScale NEUTRAL = new RelevanceScale(0, 1);

    public RelevanceScale {
        if (!(standardDeviation > 0)) {
            standardDeviation = 1;
        }
    }

    public double of(Long score) {
        if (score == null) {
            return UNKNOWN;
        }
        double z = (score - mean) / standardDeviation;
        return 1 / (1 + Math.exp(-1.7 * z));
    }
}
