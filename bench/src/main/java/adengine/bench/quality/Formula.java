package adengine.bench.quality;

import java.util.List;
import java.util.OptionalInt;
import java.util.SplittableRandom;

/**
 * A baseline: a formula that values each candidate, served by the benchmark itself with the
 * referee's exact view of the market (so it never acts on a stale count). Unseen campaigns come
 * first, as the contract requires: a formula only orders within the candidates the rules allow.
 */
interface Formula {
    double value(Candidate candidate);

    /** The highest prices (impression plus click), whatever the client. */
    Formula HIGHEST_PRICE = candidate -> candidate.prices().costPerImpression().doubleValue()
            + candidate.prices().costPerClick().doubleValue();

    /** 0.8 × expected income + 0.2 × CTR, both from the campaign's observed click rate (0 before any impression). */
    Formula INCOME_AND_CTR = candidate -> {
        double ctr = candidate.impressions() == 0 ? 0 : (double) candidate.clicks() / candidate.impressions();
        double income = (candidate.repeat() ? 0 : candidate.prices().costPerImpression().doubleValue())
                + candidate.prices().costPerClick().doubleValue() * ctr;
        return 0.8 * income + 0.2 * ctr;
    };

    /** max(ML score / P90 of all scores, 0.1) × cost_per_click + cost_per_impression; an unscored pair counts as 0. */
    Formula ML_OVER_P90 = candidate -> {
        double score = candidate.score() == null ? 0 : candidate.score();
        return Math.max(score / candidate.scoreP90(), 0.1) * candidate.prices().costPerClick().doubleValue()
                + candidate.prices().costPerImpression().doubleValue();
    };

    /** Knows each client's true click chance: cost_per_impression (new shows) + cost_per_click × chance. Not a fair entry. */
    Formula ORACLE = candidate -> (candidate.repeat() ? 0 : candidate.prices().costPerImpression().doubleValue())
            + candidate.prices().costPerClick().doubleValue() * candidate.trueClickChance();

    /** Serves a play with a formula: the best candidate by its value (ties go to the first campaign). */
    static AdServer server(Referee referee, Formula formula) {
        return new AdServer() {
            @Override
            public OptionalInt serve(int client) {
                return best(referee.candidates(client), formula);
            }

            @Override
            public Outcome.Service service() {
                return Outcome.Service.IN_PROCESS;
            }
        };
    }

    /** The campaign of the candidate the formula values most (ties go to the first); empty without candidates. */
    static OptionalInt best(List<Candidate> candidates, Formula formula) {
        int best = -1;
        double bestValue = Double.NEGATIVE_INFINITY;
        for (Candidate candidate : candidates) {
            double value = formula.value(candidate);
            if (value > bestValue) {
                bestValue = value;
                best = candidate.offer().index();
            }
        }
        return best < 0 ? OptionalInt.empty() : OptionalInt.of(best);
    }

    /** Any candidate, at random (seeded). */
    static Formula random(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        return candidate -> random.nextDouble();
    }
}
