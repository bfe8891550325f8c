package adengine.bench.quality;

import java.util.Collection;
import java.util.LongSummaryStatistics;
import java.util.Map;

/**
 * How simulated clients click: the chance grows linearly with the client's ML score for the
 * advertiser (min-max over the dataset), times the campaign's hidden appeal. A missing score
 * behaves like a middling one, and a repeated ad tires. This is the environment, deliberately not the ranking's own model.
 */
final class ClickModel {
    private static final double BASE = 0.08;
    private static final double UNKNOWN_POSITION = 0.5;
    /** A client who already ignored an ad is less likely to click it when it comes again. */
    private static final double REPEAT_FATIGUE = 0.25;

    private final long min;
    private final long max;

    ClickModel(Collection<Map<java.util.UUID, Long>> scoresByClient) {
        LongSummaryStatistics stats = scoresByClient.stream()
                .flatMap(scores -> scores.values().stream())
                .mapToLong(Long::longValue)
                .summaryStatistics();
        this.min = stats.getCount() == 0 ? 0 : stats.getMin();
        this.max = stats.getCount() == 0 ? 1 : Math.max(stats.getMax(), stats.getMin() + 1);
    }

    double probability(Long score, double appeal, boolean repeat) {
        double position = score == null ? UNKNOWN_POSITION : (double) (score - min) / (max - min);
        return Math.min(1, BASE * appeal * (0.4 + 1.6 * position) * (repeat ? REPEAT_FATIGUE : 1));
    }
}
