package adengine.core.ads;

import adengine.core.campaign.Campaign;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * What the ad decision looks at besides the client: the campaigns running today with their
 * deliveries, the click rate observed over all of them, and the scale that turns raw ML scores
 * into relevance. Built once per snapshot of the campaigns and shared by every request until the
 * next one, so it is laid out for the decision's scan: campaigns by position, each advertiser by
 * position, and deliveries that this instance's own events update in place.
 */
public final class Market {
    private final Campaign[] campaigns;
    private final Prices[] prices;
    private final AtomicReferenceArray<Delivery> deliveries;
    private final Map<UUID, Integer> positions = new HashMap<>();
    private final Map<UUID, Integer> advertiserPositions = new HashMap<>();
    private final int[] advertiserOf;
    private final double clickRate;
    private final RelevanceScale relevance;

    /** Market-wide click rate before any impression: a common display-ad rate, soon outweighed by data. */
    static final double PRIOR_CLICK_RATE = 0.05;
    /** How many impressions the prior counts for. */
    static final int PRIOR_IMPRESSIONS = 100;

    public Market(List<LiveCampaign> campaigns, RelevanceScale relevance) {
        int size = campaigns.size();
        this.campaigns = new Campaign[size];
        this.prices = new Prices[size];
        this.deliveries = new AtomicReferenceArray<>(size);
        this.advertiserOf = new int[size];
        for (int i = 0; i < size; i++) {
            Campaign campaign = campaigns.get(i).campaign();
            this.campaigns[i] = campaign;
            prices[i] = Prices.of(campaign.spec());
            deliveries.set(i, campaigns.get(i).delivery());
            positions.put(campaign.campaignId(), i);
            advertiserOf[i] = advertiserPositions.computeIfAbsent(campaign.advertiserId(), id -> advertiserPositions.size());
        }
        this.clickRate = clickRate(campaigns);
        this.relevance = relevance;
    }

    /**
     * The click rate over these campaigns, smoothed towards the prior while impressions are few (as
     * if {@value #PRIOR_IMPRESSIONS} impressions at {@value #PRIOR_CLICK_RATE} had been seen).
     */
    private static double clickRate(List<LiveCampaign> campaigns) {
        long impressions = 0;
        long clicks = 0;
        for (LiveCampaign live : campaigns) {
            impressions += live.delivery().impressions();
            clicks += live.delivery().clicks();
        }
        return (clicks + PRIOR_CLICK_RATE * PRIOR_IMPRESSIONS) / (impressions + PRIOR_IMPRESSIONS);
    }

    public double clickRate() {
        return clickRate;
    }

    public RelevanceScale relevance() {
        return relevance;
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

    /** The client's relevance for each advertiser position: unknown (0.5) except where the client has a score. */
    double[] relevanceByAdvertiser(Map<UUID, Long> scores) {
        double[] byAdvertiser = new double[advertiserPositions.size()];
        Arrays.fill(byAdvertiser, RelevanceScale.UNKNOWN);
        scores.forEach((advertiser, score) -> {
            Integer position = advertiserPositions.get(advertiser);
            if (position != null) {
                byAdvertiser[position] = relevance.of(score);
            }
        });
        return byAdvertiser;
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

    private static Delivery newer(Delivery a, Delivery b) {
        return new Delivery(Math.max(a.impressions(), b.impressions()), Math.max(a.clicks(), b.clicks()));
    }
}
