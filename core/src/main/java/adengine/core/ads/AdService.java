package adengine.core.ads;

import adengine.core.ads.AdEventListener.ClickRejection;
import adengine.core.ads.AdEventListener.DecisionOutcome;
import adengine.core.campaign.Campaign;
import adengine.core.campaign.CampaignRepository;
import adengine.core.client.ClientService;
import adengine.core.common.ForbiddenException;
import adengine.core.common.NotFoundException;
import adengine.core.time.SimulationClock;
import java.util.Objects;
import java.util.UUID;

/** Use cases of the ad slot: choose the ad for a client (recording its impression) and record clicks. */
public final class AdService {
    private final ClientProfiles profiles;
    private final ProfileCache cache;
    private final ClientService clients;
    private final CampaignRepository campaigns;
    private final LiveCampaigns live;
    private final Ledger ledger;
    private final SimulationClock clock;
    private final AdSelector selector;
    private final AdEventListener events;

    public AdService(ClientProfiles profiles, ProfileCache cache, ClientService clients, CampaignRepository campaigns,
            LiveCampaigns live, Ledger ledger, SimulationClock clock, AdSelector selector, AdEventListener events) {
        this.profiles = Objects.requireNonNull(profiles);
        this.cache = Objects.requireNonNull(cache);
        this.clients = Objects.requireNonNull(clients);
        this.campaigns = Objects.requireNonNull(campaigns);
        this.live = Objects.requireNonNull(live);
        this.ledger = Objects.requireNonNull(ledger);
        this.clock = Objects.requireNonNull(clock);
        this.selector = Objects.requireNonNull(selector);
        this.events = Objects.requireNonNull(events);
    }

    /**
     * The best ad for the client. A new impression is committed to the ledger before this returns;
     * a campaign already seen is repeated (free) only when no new impression can be made. This
     * instance's view of deliveries may lag others': whatever the ledger reports back corrects it,
     * so a campaign that filled up elsewhere costs one extra round trip here, once.
     */
    public Ad next(UUID clientId) {
        long start = System.nanoTime();
        Ad ad = fromMemory(clientId);
        if (ad == null) {
            ClientProfile profile = profiles.find(clientId).orElseThrow(() -> new NotFoundException("client", clientId));
            cache.put(profile);
            ad = decide(profile);
        }
        events.decided(ad == null ? DecisionOutcome.NONE : ad.repeat() ? DecisionOutcome.REPEAT : DecisionOutcome.SERVED,
                System.nanoTime() - start);
        if (ad == null) {
            throw new NoAdException(clientId);
        }
        return ad;
    }

    /**
     * The best new impression decided on the profile and campaigns in memory, without reading
     * anything: recorded only if the ledger finds that neither the client nor the market moved
     * since. Null when that is not so, or when the answer would be a repeat or no ad (which no
     * write confirms): the caller then decides on a fresh read.
     */
    private Ad fromMemory(UUID clientId) {
        ClientProfile kept = cache.get(clientId);
        MarketVersion market = live.known();
        if (kept == null || market == null) {
            return null;
        }
        AdChoice choice = selector.choose(kept.client(), market.day(), live.market(market), kept.history(), kept.scores());
        AdOption best = choice.fresh().best().orElse(null);
        if (best == null) {
            return null;
        }
        UUID campaignId = best.campaign().campaignId();
        ImpressionOutcome outcome = ledger.recordImpressionIfCurrent(campaignId, clientId, best.relevance().bin(),
                new DecisionBasis(kept.version(), market));
        if (outcome instanceof ImpressionOutcome.Recorded recorded) {
            return served(best, clientId, recorded);
        }
        if (outcome instanceof ImpressionOutcome.Unavailable unavailable) {
            learn(campaignId, unavailable.delivery());
        }
        return null;
    }

    /** The ad for the client, its new impression committed; null when there is none. */
    private Ad decide(ClientProfile profile) {
        UUID clientId = profile.client().clientId();
        int day = profile.market().day();
        while (true) {
            AdChoice choice = selector.choose(profile.client(), day, live.market(profile.market()), profile.history(), profile.scores());
            for (AdOption option : choice.fresh()) {
                UUID campaignId = option.campaign().campaignId();
                ImpressionOutcome outcome = ledger.recordImpression(campaignId, clientId, day, option.relevance().bin());
                if (outcome instanceof ImpressionOutcome.Recorded recorded) {
                    return served(option, clientId, recorded);
                }
                if (outcome instanceof ImpressionOutcome.AlreadySeen) {
                    return new Ad(option.campaign(), true);
                }
                learn(campaignId, ((ImpressionOutcome.Unavailable) outcome).delivery());
            }
            if (choice.fresh().hasMore()) {
                continue; // every kept option was turned down and is now known: the next choice goes further
            }
            for (AdOption option : choice.repeats()) {
                UUID campaignId = option.campaign().campaignId();
                Delivery now = ledger.deliveryOf(campaignId, day).orElse(null);
                if (now != null && Eligibility.hasClickBudget(option.campaign().spec(), now)) {
                    return new Ad(option.campaign(), true);
                }
                learn(campaignId, now);
            }
            if (!choice.repeats().hasMore()) {
                return null;
            }
        }
    }

    private Ad served(AdOption option, UUID clientId, ImpressionOutcome.Recorded recorded) {
        Campaign campaign = option.campaign();
        live.delivered(campaign.campaignId(), recorded.delivery());
        cache.seen(clientId, campaign.campaignId());
        events.impressionRecorded(campaign.advertiserId(), campaign.campaignId(), campaign.spec().costPerImpression());
        return new Ad(campaign, false);
    }

    private void learn(UUID campaignId, Delivery delivery) {
        if (delivery == null) {
            live.withdrawn(campaignId);
        } else {
            live.delivered(campaignId, delivery);
        }
    }

    /** Records the client's click; a repeated click is accepted and counted once. */
    public void click(Click click) {
        UUID campaignId = click.campaignId();
        UUID clientId = click.clientId();
        Campaign campaign = campaigns.findLive(campaignId).orElse(null);
        if (campaign == null) {
            events.clickRejected(ClickRejection.UNKNOWN_CAMPAIGN);
            throw new NotFoundException("campaign", campaignId);
        }
        try {
            clients.get(clientId);
        } catch (NotFoundException e) {
            events.clickRejected(ClickRejection.UNKNOWN_CLIENT);
            throw e;
        }
        ClickOutcome outcome = ledger.recordClick(campaignId, clientId, clock.currentDay());
        if (outcome instanceof ClickOutcome.NotShown) {
            events.clickRejected(ClickRejection.NOT_SHOWN);
            throw new ForbiddenException("client " + clientId + " was never shown ad " + campaignId);
        }
        if (outcome instanceof ClickOutcome.Recorded recorded) {
            live.delivered(campaignId, recorded.delivery());
            events.clickRecorded(campaign.advertiserId(), campaignId, campaign.spec().costPerClick());
        }
    }
}
