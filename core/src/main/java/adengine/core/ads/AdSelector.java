package adengine.core.ads;

import adengine.core.campaign.Campaign;
import adengine.core.campaign.CampaignSpec;
import adengine.core.client.Client;
import java.util.Objects;

/**
 * Applies the eligibility rules to the market and orders what remains with the ranking. Pure:
 * everything it needs comes in. Synthetic and real traffic are kept apart by the
 * {@link TrafficPartition}.
 */
public final class AdSelector {
    private final AdRanking ranking;
    private final TrafficPartition partition;

    /** A selector for real traffic only. */
    public AdSelector(AdRanking ranking) {
        this(ranking, TrafficPartition.NONE);
    }

    public AdSelector(AdRanking ranking, TrafficPartition partition) {
        this.ranking = Objects.requireNonNull(ranking);
        this.partition = Objects.requireNonNull(partition);
    }

    public AdChoice choose(Client client, int day, Market market, ClientHistory history, ClientScores scores) {
        BestFirst fresh = new BestFirst();
        BestFirst repeats = new BestFirst();
        Relevance[] relevance = market.relevanceByAdvertiser(scores);
        boolean[] seen = market.positionsOf(history.seen());
        boolean[] clicked = market.positionsOf(history.clicked());
        boolean synthetic = partition.isSyntheticClient(client.clientId());
        boolean[] syntheticAdvertisers = market.syntheticAdvertisers(partition);
        for (int position : market.candidatesFor(client)) {
            Campaign campaign = market.campaign(position);
            CampaignSpec spec = campaign.spec();
            if (clicked[position] || syntheticAdvertisers[market.advertiserOf(position)] != synthetic
                    || !Eligibility.runsOn(spec, day) || !Eligibility.targets(spec.targeting(), client)) {
                continue;
            }
            Delivery delivery = market.delivery(position);
            if (delivery == null || !Eligibility.hasClickBudget(spec, delivery)
                    || !seen[position] && !Eligibility.hasImpressionBudget(spec, delivery)) {
                continue;
            }
            // scored as a probe the JIT can keep off the heap; kept options (a few of hundreds) are made anew
            Relevance clientRelevance = relevance[market.advertiserOf(position)];
            double score = ranking.score(option(market, position, delivery, day, clientRelevance, seen[position]), market);
            BestFirst kept = seen[position] ? repeats : fresh;
            if (kept.admits(campaign, score)) {
                kept.offer(option(market, position, delivery, day, clientRelevance, seen[position]), score);
            }
        }
        return new AdChoice(fresh, repeats);
    }

    private static AdOption option(Market market, int position, Delivery delivery, int day, Relevance relevance, boolean repeat) {
        return new AdOption(market.campaign(position), market.prices(position), delivery, market.learnt(position), day, relevance, repeat);
    }
}
