package adengine.bench.quality;

import java.util.Arrays;

/**
 * How the simulated clients click: the chance grows with where the client's ML score for the
 * advertiser stands among all the world's scores (its quantile), times the campaign's hidden
 * appeal; an unscored pair clicks like a below-average one, and a repeated ad tires. This is the
 * environment, deliberately not the ranking's own model: the ranking sees only the raw scores and
 * the clicks that follow.
 */
final class ClickModel {
    private static final double BASE = 0.08;
    private static final double UNSCORED_AFFINITY = 0.6;
    private static final double REPEAT_FATIGUE = 0.3;
    private static final double MAX = 0.95;

    private final long[] sortedScores;

    ClickModel(World world) {
        this.sortedScores = world.scores().values().stream()
                .flatMap(byAdvertiser -> byAdvertiser.values().stream())
                .mapToLong(Long::longValue)
                .sorted()
                .toArray();
    }

    double probability(Long score, double appeal, boolean repeat) {
        double affinity = score == null ? UNSCORED_AFFINITY : 0.2 + 1.6 * quantile(score);
        return Math.min(MAX, BASE * appeal * affinity * (repeat ? REPEAT_FATIGUE : 1));
    }

    private double quantile(long score) {
        if (sortedScores.length == 0) {
            return 0.5;
        }
        int at = Arrays.binarySearch(sortedScores, score);
        int below = at >= 0 ? at : -at - 1;
        return (double) below / sortedScores.length;
    }
}
