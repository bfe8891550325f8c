package adengine.bench.quality;

import java.io.PrintStream;
import java.util.List;

/**
 * The composite by which the contenders are compared:
 * {@code 0.5 profit + 0.25 relevance + 0.15 fulfilment + 0.1 speed}, each relative to the best
 * fair contender (the oracle is shown, never used as the yardstick), less 5 % for every full 5 % of
 * the worst overrun and 10 % for every targeting error or other rule broken. Speed is
 * {@code min(1, 10 ms / mean latency)} over HTTP; the baselines, computed in the benchmark, get 1.
 */
final class Scoreboard {
    static final double SPEED_BUDGET_MILLIS = 10;

    private final List<Entry> entries;
    private final double bestProfit;
    private final double bestRelevance;
    private final double bestFulfilment;
    private final double bestSpeed;

    /** One contender's outcome; {@code fair} is false for the oracle. */
    record Entry(Outcome outcome, boolean fair) {
    }

    Scoreboard(List<Entry> entries) {
        this.entries = List.copyOf(entries);
        this.bestProfit = best(entry -> entry.outcome().profit().doubleValue());
        this.bestRelevance = best(entry -> entry.outcome().meanScoreOfImpressions());
        this.bestFulfilment = best(entry -> entry.outcome().fulfilment());
        this.bestSpeed = best(entry -> speed(entry.outcome()));
    }

    double composite(Outcome outcome) {
        return 0.5 * outcome.profit().doubleValue() / bestProfit
                + 0.25 * outcome.meanScoreOfImpressions() / bestRelevance
                + 0.15 * outcome.fulfilment() / bestFulfilment
                + 0.1 * speed(outcome) / bestSpeed
                - outcome.overrunPenalty()
                - 0.1 * (outcome.targetingErrors() + outcome.violations());
    }

    /** The first contender's composite over the best other fair contender's. */
    double leadOfFirst() {
        return overBestBaseline(entries.get(0).outcome().contender());
    }

    /** The named contender's composite over the best fair contender after the first (the best baseline formula). */
    double overBestBaseline(String contender) {
        double best = entries.stream().skip(1).filter(Entry::fair)
                .mapToDouble(entry -> composite(entry.outcome())).max().orElse(1);
        return entries.stream().filter(entry -> entry.outcome().contender().equals(contender))
                .mapToDouble(entry -> composite(entry.outcome())).findFirst().orElseThrow() / best;
    }

    void print(PrintStream out) {
        out.printf("%-29s %10s %7s %6s %8s %10s %8s %9s %10s %8s %7s %5s %9s%n", "contender", "profit", "impr.", "clicks",
                "mean ML", "fulfilment", "overrun", "targeting", "violations", "mean ms", "p50 ms", "5xx", "composite");
        for (Entry entry : entries) {
            Outcome o = entry.outcome();
            boolean http = o.service().overHttp();
            out.printf("%-29s %10.2f %7d %6d %8.1f %9.1f%% %7.2f%% %9d %10d %8s %7s %5s %9.4f%n", o.contender(),
                    o.profit(), o.impressions(), o.clicks(), o.meanScoreOfImpressions(), 100 * o.fulfilment(),
                    100 * o.worstOverrun(), o.targetingErrors(), o.violations(),
                    http ? String.format("%.2f", o.service().meanLatencyMillis()) : "-",
                    http ? String.format("%.2f", o.service().p50LatencyMillis()) : "-",
                    http ? String.valueOf(o.service().serverErrors()) : "-", composite(o));
        }
    }

    private static double speed(Outcome outcome) {
        return outcome.service().overHttp() ? Math.min(1, SPEED_BUDGET_MILLIS / outcome.service().meanLatencyMillis()) : 1;
    }

    private double best(java.util.function.ToDoubleFunction<Entry> metric) {
        double best = entries.stream().filter(Entry::fair).mapToDouble(metric).max().orElse(1);
        return best > 0 ? best : 1;
    }
}
