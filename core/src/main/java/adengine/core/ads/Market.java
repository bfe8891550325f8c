package adengine.core.ads;

import adengine.core.campaign.Campaign;
import adengine.core.client.Client;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * What the ad decision looks at besides the client: the campaigns running today with their
 * deliveries, the click chances learnt from their engagement, and the market's typical revenue
 * per impression, by which the ranking weighs relevance and limits against money. Built once per
 * snapshot of the campaigns and shared by every request until the next one, so it is laid out for
 * the decision's scan: campaigns by position, each advertiser by position, and deliveries that this
 * instance's own events update in place.
 */
public final class Market {
    private final Campaign[] campaigns;
    private final Prices[] prices;
    private final LearntCampaign[] learnt;
    private final AtomicReferenceArray<Delivery> deliveries;
    private final Map<UUID, Integer> positions = new HashMap<>();
    private final Map<UUID, Integer> advertiserPositions = new HashMap<>();
    private final int[] advertiserOf;
    private final CandidateIndex candidates;
    private volatile SyntheticAdvertisers synthetic;
    private final ClickChances clickChances;
    private final double revenuePerImpression;
    private final double budgetPerCampaign;

    public Market(List<LiveCampaign> campaigns) {
        int size = campaigns.size();
        this.campaigns = new Campaign[size];
        this.prices = new Prices[size];
        this.learnt = new LearntCampaign[size];
        Engagement[] engagements = new Engagement[size];
        this.deliveries = new AtomicReferenceArray<>(size);
        this.advertiserOf = new int[size];
        for (int i = 0; i < size; i++) {
            LiveCampaign live = campaigns.get(i);
            Campaign campaign = live.campaign();
            this.campaigns[i] = campaign;
            prices[i] = Prices.of(campaign.spec());
            engagements[i] = live.engagement();
            deliveries.set(i, live.delivery());
            positions.put(campaign.campaignId(), i);
            advertiserOf[i] = advertiserPositions.computeIfAbsent(campaign.advertiserId(), id -> advertiserPositions.size());
        }
        this.candidates = new CandidateIndex(this.campaigns);
        this.clickChances = new ClickChances(List.of(engagements));
        double revenue = 0;
        double budget = 0;
        for (int i = 0; i < size; i++) {
            learnt[i] = clickChances.learn(engagements[i]);
            revenue += prices[i].impression() + prices[i].click() * learnt[i].audienceChance();
            budget += this.campaigns[i].spec().impressionsLimit() * prices[i].impression() + this.campaigns[i].spec().clicksLimit() * prices[i].click();
        }
        this.revenuePerImpression = size == 0 ? 0 : revenue / size;
        this.budgetPerCampaign = size == 0 ? 0 : budget / size;
    }

    public ClickChances clickChances() {
        return clickChances;
    }

    /** What an impression typically earns here: the mean over the campaigns of cost_per_impression + cost_per_click × click chance. */
    public double revenuePerImpression() {
        return revenuePerImpression;
    }

    /** What a campaign typically earns when it delivers all it bought: the mean of limit × price, impressions and clicks. */
    public double budgetPerCampaign() {
        return budgetPerCampaign;
    }

    public int size() {
        return campaigns.length;
    }

    Campaign campaign(int position) {
        return campaigns[position];
    }

    Prices prices(int position) {
        return prices[position];
    }

    LearntCampaign learnt(int position) {
        return learnt[position];
    }

    /** The delivery of the campaign at {@code position} now; null when it was withdrawn. */
    Delivery delivery(int position) {
        return deliveries.get(position);
    }

    /** A delivery committed by this instance; counts only grow, whatever order events are learnt in. */
    public void deliver(UUID campaignId, Delivery delivery) {
        Integer position = positions.get(campaignId);
        if (position != null) {
            deliveries.accumulateAndGet(position, delivery, (known, fresh) -> known == null ? null : newer(known, fresh));
        }
    }

    /** The campaign no longer runs (ended or deleted elsewhere): it is left out from now on. */
    public void withdraw(UUID campaignId) {
        Integer position = positions.get(campaignId);
        if (position != null) {
            deliveries.set(position, null);
        }
    }

    /** The delivery known for the campaign, or null when it is not in this market or was withdrawn. */
    public Delivery deliveryOf(UUID campaignId) {
        Integer position = positions.get(campaignId);
        return position == null ? null : deliveries.get(position);
    }

    /** The client's relevance for each advertiser position, from all the client's scores: unscored where it has none. */
    Relevance[] relevanceByAdvertiser(ClientScores scores) {
        Relevance[] byAdvertiser = new Relevance[advertiserPositions.size()];
        Arrays.fill(byAdvertiser, Relevance.UNSCORED);
        if (scores.size() > 0) {
            Relevance.Scale scale = new Relevance.Scale(scores.values());
            for (int i = 0; i < scores.size(); i++) {
                Integer position = advertiserPositions.get(scores.advertiser(i));
                if (position != null) {
                    byAdvertiser[position] = scale.of(scores.score(i));
                }
            }
        }
        return byAdvertiser;
    }

    /** Positions, in order, of the campaigns whose location targeting admits the client: the others need no look. */
    int[] candidatesFor(Client client) {
        return candidates.forLocation(client.location());
    }

    /** Which advertiser positions the partition calls synthetic: asked once per market, not once per request. */
    boolean[] syntheticAdvertisers(TrafficPartition partition) {
        SyntheticAdvertisers known = synthetic;
        if (known == null || known.partition() != partition) {
            boolean[] marked = new boolean[advertiserPositions.size()];
            advertiserPositions.forEach((advertiser, position) -> marked[position] = partition.isSyntheticAdvertiser(advertiser));
            known = new SyntheticAdvertisers(partition, marked);
            synthetic = known;
        }
        return known.marked();
    }

    int advertiserOf(int position) {
        return advertiserOf[position];
    }

    /** Marks the positions of the given campaigns (a client's history is a handful of ids). */
    boolean[] positionsOf(Set<UUID> campaignIds) {
        boolean[] marked = new boolean[campaigns.length];
        for (UUID id : campaignIds) {
            Integer position = positions.get(id);
            if (position != null) {
                marked[position] = true;
            }
        }
        return marked;
    }

    private record SyntheticAdvertisers(TrafficPartition partition, boolean[] marked) {
    }

    private static Delivery newer(Delivery a, Delivery b) {
        return new Delivery(Math.max(a.impressions(), b.impressions()), Math.max(a.clicks(), b.clicks()));
    }
}
