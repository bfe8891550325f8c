package adengine.core.ads;

import adengine.core.campaign.CampaignSpec;
import adengine.core.client.Client;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Applies the eligibility rules to the market and orders what remains with a policy. Pure: the
 * server and the quality harness run the same decisions.
 */
public final class AdSelector {
    private final AdPolicy policy;

    public AdSelector(AdPolicy policy) {
        this.policy = Objects.requireNonNull(policy);
    }

    public AdChoice choose(Client client, int day, Market market, ClientHistory history, Map<UUID, Long> scores) {
        BestFirst fresh = new BestFirst(day, false);
        BestFirst repeats = new BestFirst(day, true);
        double[] relevance = market.relevanceByAdvertiser(scores);
        boolean[] seen = market.positionsOf(history.seen());
        boolean[] clicked = market.positionsOf(history.clicked());
        for (int position = 0; position < market.size(); position++) {
            CampaignSpec spec = market.campaign(position).spec();
            if (clicked[position] || !Eligibility.runsOn(spec, day) || !Eligibility.targets(spec.targeting(), client)) {
                continue;
            }
            LiveCampaign live = market.live(position);
            if (live == null || !Eligibility.hasClickBudget(spec, live.delivery())
                    || !seen[position] && !Eligibility.hasImpressionBudget(spec, live.delivery())) {
                continue;
            }
            double clientRelevance = relevance[market.advertiserOf(position)];
            AdOption option = new AdOption(live, day, clientRelevance, seen[position]);
            (seen[position] ? repeats : fresh).add(live, clientRelevance, policy.score(option, market));
        }
        return new AdChoice(fresh, repeats);
    }
}
