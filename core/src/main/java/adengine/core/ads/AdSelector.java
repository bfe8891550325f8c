package adengine.core.ads;

import adengine.core.campaign.Campaign;
import adengine.core.campaign.CampaignSpec;
import adengine.core.client.Client;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Applies the eligibility rules to the market and orders what remains with a policy. Pure: the
 * server and the quality harness run the same decisions.
 */
public final class AdSelector {
    /** Highest score first; the campaign id keeps equal scores in a stable order. */
    private static final Comparator<Scored> BEST_FIRST = Comparator.comparingDouble(Scored::score).reversed()
            .thenComparing(scored -> scored.option().campaign().campaignId());

    private final AdPolicy policy;

    public AdSelector(AdPolicy policy) {
        this.policy = Objects.requireNonNull(policy);
    }

    public AdChoice choose(Client client, int day, Market market, ClientHistory history, Map<UUID, Long> scores) {
        List<Scored> fresh = new ArrayList<>();
        List<Scored> repeats = new ArrayList<>();
        for (LiveCampaign live : market.campaigns()) {
            Campaign campaign = live.campaign();
            CampaignSpec spec = campaign.spec();
            UUID id = campaign.campaignId();
            if (!Eligibility.runsOn(spec, day)
                    || !Eligibility.targets(spec.targeting(), client)
                    || history.clicked().contains(id)
                    || !Eligibility.hasClickBudget(spec, live.delivery())) {
                continue;
            }
            boolean repeat = history.seen().contains(id);
            if (!repeat && !Eligibility.hasImpressionBudget(spec, live.delivery())) {
                continue;
            }
            double relevance = market.relevance().of(scores.get(campaign.advertiserId()));
            AdOption option = new AdOption(campaign, live.delivery(), day, relevance, repeat);
            (repeat ? repeats : fresh).add(new Scored(option, policy.score(option, market)));
        }
        return new AdChoice(bestFirst(fresh), bestFirst(repeats));
    }

    private static List<AdOption> bestFirst(List<Scored> options) {
        options.sort(BEST_FIRST);
        return options.stream().map(Scored::option).toList();
    }

    private record Scored(AdOption option, double score) {
    }
}
