package adengine.core.ads;

import java.util.Arrays;

/**
 * How relevant an advertiser is to a client, read from the client's own ML scores at the moment of
 * the decision, so it needs no statistics over other clients and is right from the first request
 * after any score is written:
 *
 * <ul>
 *   <li>{@code quantile}: where the score stands among the client's scores (0 lowest, 1 highest,
 *       0.5 for a single score); it is what the click learning groups by, in {@link #BINS} bins
 *       (bin 0: no score, bins 1..5: the fifths).</li>
 *   <li>{@code ratio}: the score over the mean of the client's scores (1 is typical for this
 *       client): relevance is judged on raw scores, so a score ten times the client's usual counts
 *       ten times.</li>
 * </ul>
 *
 * An advertiser the client has no score for is {@link #UNSCORED}: unknown, not zero.
 */
public record Relevance(int bin, double quantile, double ratio) {
    public static final int BINS = 6;
    public static final Relevance UNSCORED = new Relevance(0, 0.5, 1);

    public boolean scored() {
        return bin != 0;
    }

    /** Relevance of each score among the client's scores. */
    static final class Scale {
        private final long[] sorted;
        private final double mean;

        /** {@code scores} is sorted in place. */
        Scale(long[] scores) {
            Arrays.sort(scores);
            this.sorted = scores;
            this.mean = Arrays.stream(sorted).average().orElse(0);
        }

        Relevance of(long score) {
            double quantile = quantile(score);
            int bin = 1 + (int) Math.min(BINS - 2, Math.floor(quantile * (BINS - 1)));
            return new Relevance(bin, quantile, mean > 0 ? Math.max(0, score / mean) : 1);
        }

        /** Mid-rank among the client's scores: ties share the middle of their places. */
        private double quantile(long score) {
            if (sorted.length < 2) {
                return 0.5;
            }
            int below = firstIndexNotBelow(score);
            int equal = firstIndexNotBelow(score + 1) - below;
            return (below + Math.max(0, equal - 1) / 2.0) / (sorted.length - 1);
        }

        private int firstIndexNotBelow(long score) {
            int low = 0;
            int high = sorted.length;
            while (low < high) {
                int middle = (low + high) >>> 1;
                if (sorted[middle] < score) {
                    low = middle + 1;
                } else {
                    high = middle;
                }
            }
            return low;
        }
    }
}
