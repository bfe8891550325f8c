package adengine.core.ads;

import adengine.core.ads.AdEventListener.ClickRejection;
import adengine.core.ads.AdEventListener.DecisionOutcome;
import adengine.core.campaign.Campaign;
import adengine.core.campaign.CampaignRepository;
import adengine.core.client.ClientService;
import adengine.core.common.ForbiddenException;
import adengine.core.common.NotFoundException;
import adengine.core.time.PlatformDay;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** Use cases of the ad slot: choose the ad for a client (recording its impression) and record clicks. */
public final class AdService {
    private final ClientProfiles profiles;
    private final ProfileCache cache;
    private final ClientService clients;
    private final CampaignRepository campaigns;
    private final LiveCampaigns live;
    private final Ledger ledger;
    private final PlatformDay clock;
    private final AdSelector selector;
    private final AdEventListener events;

    public AdService(ClientProfiles profiles, ProfileCache cache, ClientService clients, CampaignRepository campaigns,
            LiveCampaigns live, Ledger ledger, PlatformDay clock, AdSelector selector, AdEventListener events) {
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
        Optional<Ad> ad = fromMemory(clientId).or(() -> {
            ClientProfile profile = profiles.find(clientId).orElseThrow(() -> new NotFoundException("client", clientId));
            cache.put(profile);
            return decide(profile);
        });
        events.decided(ad.map(shown -> shown.repeat() ? DecisionOutcome.REPEAT : DecisionOutcome.SERVED).orElse(DecisionOutcome.NONE),
                System.nanoTime() - start);
        return ad.orElseThrow(() -> new NoAdException(clientId));
    }

    /**
     * The best new impression decided on the profile and campaigns in memory, without reading
     * anything: recorded only if the ledger finds that neither the client nor the market moved
     * since. Empty when that is not so, or when the answer would be a repeat or no ad (which no
     * write confirms): the caller then decides on a fresh read.
     */
    private Optional<Ad> fromMemory(UUID clientId) {
        ClientProfile kept = cache.get(clientId);
        MarketVersion market = live.known();
        if (kept == null || market == null) {
            return Optional.empty();
        }
        AdChoice choice = selector.choose(kept.client(), market.day(), live.market(market), kept.history(), kept.scores());
        Optional<AdOption> best = choice.fresh().best();
        if (best.isEmpty()) {
            return Optional.empty();
        }
        AdOption option = best.get();
        ImpressionOutcome outcome = ledger.recordImpressionIfCurrent(option.campaign().campaignId(), clientId,
                option.relevance().bin(), new DecisionBasis(kept.version(), market));
        if (outcome instanceof ImpressionOutcome.Recorded recorded) {
            return Optional.of(served(option, clientId, recorded));
        }
        learn(option.campaign().campaignId(), outcome);
        return Optional.empty();
    }

    /** The ad for the client decided on a fresh read, its new impression committed; empty when there is none. */
    private Optional<Ad> decide(ClientProfile profile) {
        UUID clientId = profile.client().clientId();
        int day = profile.market().day();
        while (true) {
            AdChoice choice = selector.choose(profile.client(), day, live.market(profile.market()), profile.history(), profile.scores());
            for (AdOption option : choice.fresh()) {
                ImpressionOutcome outcome = ledger.recordImpression(option.campaign().campaignId(), clientId, day, option.relevance().bin());
                if (outcome instanceof ImpressionOutcome.Recorded recorded) {
                    return Optional.of(served(option, clientId, recorded));
                }
                if (outcome instanceof ImpressionOutcome.AlreadySeen) {
                    return Optional.of(new Ad(option.campaign(), true)); // a concurrent request showed it first
                }
                learn(option.campaign().campaignId(), outcome);
            }
            if (choice.fresh().hasMore()) {
                continue; // every kept option was turned down and is now known: the next choice goes further
            }
            for (AdOption option : choice.repeats()) {
                UUID campaignId = option.campaign().campaignId();
                Optional<Delivery> now = ledger.deliveryOf(campaignId, day);
                if (now.isPresent() && Eligibility.hasClickBudget(option.campaign().spec(), now.get())) {
                    return Optional.of(new Ad(option.campaign(), true));
                }
                now.ifPresentOrElse(delivery -> live.delivered(campaignId, delivery), () -> live.withdrawn(campaignId));
            }
            if (!choice.repeats().hasMore()) {
                return Optional.empty();
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

    /** What the ledger's refusal says about the campaign, kept for the next decisions. */
    private void learn(UUID campaignId, ImpressionOutcome refusal) {
        if (refusal instanceof ImpressionOutcome.Full full) {
            live.delivered(campaignId, full.delivery());
        } else if (refusal instanceof ImpressionOutcome.Gone) {
            live.withdrawn(campaignId);
        }
    }

    /** Records the client's click; a repeated click is accepted and counted once. */
    public void click(Click click) {
        UUID campaignId = click.campaignId();
        UUID clientId = click.clientId();
        Campaign campaign = campaigns.findById(campaignId).orElse(null);
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
