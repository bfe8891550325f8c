package adengine.bench.quality;

import adengine.core.ads.AdPolicy;
import adengine.core.ads.AdRanking;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Compares AdEngine's ranking with baseline policies on the open dataset and on a seeded synthetic
 * market, and prints profit, relevance, limit fulfilment, overruns, targeting errors and the
 * combined score (0.5 profit + 0.25 relevance + 0.15 fulfilment, each relative to the best policy,
 * −5 % per full 5 % overrun).
 *
 * <p>Usage: {@code java -cp bench/target/adengine-bench.jar adengine.bench.quality.QualityHarness [open-dataset-folder] [seed]}
 */
public final class QualityHarness {
    private record Contender(String name, AdPolicy policy) {
    }

    private static final List<Contender> CONTENDERS = List.of(
            new Contender("AdEngine ranking", new AdRanking()),
            new Contender("highest price first", Baselines.HIGHEST_PRICE),
            new Contender("0.8 income + 0.2 CTR", Baselines.INCOME_AND_CTR));

    private QualityHarness() {
    }

    public static void main(String[] args) throws Exception {
        Path openDataset = Path.of(args.length > 0 ? args[0] : "data/open-dataset");
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 42;
        boolean rankingWins = report(OpenDataset.load(openDataset, 3, seed))
                & report(SyntheticDataset.generate(1500, 25, 120, seed));
        System.out.println(rankingWins ? "AdEngine ranking beats every baseline on both datasets."
                : "AdEngine ranking does NOT beat every baseline.");
        if (!rankingWins) {
            System.exit(1);
        }
    }

    /** Runs every policy on the scenario. */
    static List<Outcome> compete(Scenario scenario) {
        Simulation simulation = new Simulation(scenario);
        List<Outcome> outcomes = new ArrayList<>();
        for (Contender contender : CONTENDERS) {
            outcomes.add(simulation.run(contender.name(), contender.policy()));
        }
        return outcomes;
    }

    /** 0.5 profit + 0.25 relevance + 0.15 fulfilment, each relative to the best of {@code outcomes}, less the overrun penalty. */
    static ToDoubleFunction<Outcome> combinedScore(List<Outcome> outcomes) {
        double bestProfit = best(outcomes, Outcome::profit);
        double bestRelevance = best(outcomes, Outcome::meanScoreOfImpressions);
        double bestFulfilment = best(outcomes, Outcome::fulfilment);
        return outcome -> 0.5 * outcome.profit() / bestProfit
                + 0.25 * outcome.meanScoreOfImpressions() / bestRelevance
                + 0.15 * outcome.fulfilment() / bestFulfilment
                - outcome.overrunPenalty();
    }

    /** Prints the table of one scenario; true when the ranking has the best combined score. */
    private static boolean report(Scenario scenario) {
        List<Outcome> outcomes = compete(scenario);
        ToDoubleFunction<Outcome> combined = combinedScore(outcomes);

        System.out.println();
        System.out.println(scenario.describe());
        System.out.printf("%-22s %12s %11s %9s %11s %12s %9s %9s %9s%n", "policy", "profit", "impressions",
                "clicks", "mean score", "fulfilment", "overrun", "targeting", "combined");
        for (Outcome outcome : outcomes) {
            System.out.printf("%-22s %12.2f %11d %9d %11.1f %11.1f%% %8.2f%% %9d %9.4f%n", outcome.policy(),
                    outcome.profit(), outcome.impressions(), outcome.clicks(), outcome.meanScoreOfImpressions(),
                    100 * outcome.fulfilment(), 100 * outcome.worstOverrun(), outcome.targetingErrors(),
                    combined.applyAsDouble(outcome));
        }
        Outcome winner = outcomes.stream().max(Comparator.comparingDouble(combined)).orElseThrow();
        return winner.policy().equals(CONTENDERS.get(0).name());
    }

    private static double best(List<Outcome> outcomes, ToDoubleFunction<Outcome> metric) {
        double best = outcomes.stream().mapToDouble(metric).max().orElse(1);
        return best == 0 ? 1 : best;
    }
}
