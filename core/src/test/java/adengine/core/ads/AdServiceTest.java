package adengine.core.ads;

import static adengine.core.testing.CampaignSpecBuilder.aCampaign;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import adengine.core.campaign.Campaign;
import adengine.core.client.Client;
import adengine.core.common.NotFoundException;
import adengine.core.client.ClientService;
import adengine.core.testing.CampaignSpecBuilder;
import adengine.core.testing.Fixtures;
import adengine.core.testing.InMemoryCampaignRepository;
import adengine.core.testing.InMemoryClientRepository;
import adengine.core.testing.SettableDay;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The decision loop over a ledger that answers what each test scripts: what is tried, in which order, and what is learnt. */
class AdServiceTest {
    private static final MarketVersion MARKET = new MarketVersion(0, 1);

    private final Client client = Fixtures.client();
    private final ScriptedLedger ledger = new ScriptedLedger();
    private final Map<UUID, ClientProfile> stored = new HashMap<>();
    private int reads;
    private final ProfileCache cache = new ProfileCache(10);
    private Live live;

    @Test
    void aFullCampaignIsLearntAndTheNextOptionTaken() {
        Campaign best = campaign(aCampaign().withPrices("3", "1"));
        Campaign next = campaign(aCampaign().withPrices("2", "1"));
        AdService service = service(List.of(best, next), ClientHistory.NONE);
        ledger.script(new ImpressionOutcome.Full(new Delivery(7, 0)), new ImpressionOutcome.Recorded(new Delivery(1, 0)));

        Ad ad = service.next(client.clientId());

        assertEquals(new Ad(next, false), ad);
        assertEquals(List.of("record " + best.campaignId(), "record " + next.campaignId()), ledger.calls);
        assertEquals(new Delivery(7, 0), live.market.deliveryOf(best.campaignId()));
        assertEquals(new Delivery(1, 0), live.market.deliveryOf(next.campaignId()));
    }

    @Test
    void aGoneCampaignIsWithdrawnAndARepeatConfirmedByTheLedgerServedWhenNothingNewIsLeft() {
        Campaign gone = campaign(aCampaign());
        Campaign seen = campaign(aCampaign().withLimits(100, 10));
        AdService service = service(List.of(gone, seen), new ClientHistory(Set.of(seen.campaignId()), Set.of()));
        ledger.script(new ImpressionOutcome.Gone());
        ledger.deliveries.put(seen.campaignId(), new Delivery(3, 1));

        Ad ad = service.next(client.clientId());

        assertEquals(new Ad(seen, true), ad);
        assertEquals(List.of("record " + gone.campaignId(), "delivery " + seen.campaignId()), ledger.calls);
        assertEquals(null, live.market.deliveryOf(gone.campaignId()), "withdrawn");
    }

    @Test
    void aKeptProfileIsDecidedOnWithoutAReadAndItsVersionsGoWithTheImpression() {
        Campaign campaign = campaign(aCampaign());
        Campaign other = campaign(aCampaign().withPrices("0.5", "0.5"));
        AdService service = service(List.of(campaign, other), ClientHistory.NONE);
        ledger.script(new ImpressionOutcome.Recorded(new Delivery(1, 0)), new ImpressionOutcome.Recorded(new Delivery(1, 0)));

        service.next(client.clientId());
        Ad second = service.next(client.clientId());

        assertEquals(new Ad(other, false), second, "the kept profile knows what it was just shown");
        assertEquals(1, reads);
        assertEquals(List.of("record " + campaign.campaignId(), "record-if-current " + other.campaignId() + " " + new DecisionBasis(5, MARKET)),
                ledger.calls);
    }

    @Test
    void aStaleKeptProfileIsDecidedAgainOnAFreshRead() {
        Campaign campaign = campaign(aCampaign());
        AdService service = service(List.of(campaign), ClientHistory.NONE);
        cache.put(profile(ClientHistory.NONE, 4));
        ledger.script(new ImpressionOutcome.Stale(), new ImpressionOutcome.Recorded(new Delivery(1, 0)));

        Ad ad = service.next(client.clientId());

        assertEquals(new Ad(campaign, false), ad);
        assertEquals(1, reads);
        assertEquals(List.of("record-if-current " + campaign.campaignId() + " " + new DecisionBasis(4, MARKET),
                "record " + campaign.campaignId()), ledger.calls);
    }

    @Test
    void aClickedCampaignKnownOnlyToTheLedgerIsNeverRepeated() {
        Campaign campaign = campaign(aCampaign().withLimits(100, 10));
        AdService service = service(List.of(campaign), new ClientHistory(Set.of(campaign.campaignId()), Set.of(campaign.campaignId())));
        cache.put(profile(new ClientHistory(Set.of(campaign.campaignId()), Set.of()), 5));

        assertThrows(NoAdException.class, () -> service.next(client.clientId()));
        assertEquals(List.of(), ledger.calls, "the kept profile only offers a repeat, which is decided on the fresh read");
        assertEquals(1, reads);
    }

    @Test
    void anUnknownClientIsNotFound() {
        AdService service = service(List.of(), ClientHistory.NONE);
        assertThrows(NotFoundException.class, () -> service.next(UUID.randomUUID()));
    }

    private AdService service(List<Campaign> campaigns, ClientHistory history) {
        stored.put(client.clientId(), profile(history, 5));
        live = new Live(new Market(campaigns.stream().map(c -> new LiveCampaign(c, Delivery.NONE, Engagement.NONE)).toList()));
        ClientProfiles profiles = clientId -> {
            reads++;
            return Optional.ofNullable(stored.get(clientId));
        };
        return new AdService(profiles, cache, new ClientService(new InMemoryClientRepository()), new InMemoryCampaignRepository(), live, ledger, new SettableDay(), new AdSelector(new AdRanking()), AdEventListener.NONE);
    }

    private ClientProfile profile(ClientHistory history, long version) {
        return new ClientProfile(client, ClientScores.NONE, history, version, MARKET);
    }

    private static Campaign campaign(CampaignSpecBuilder spec) {
        return new Campaign(UUID.randomUUID(), UUID.randomUUID(), spec.build(), null);
    }

    /** Today's campaigns, fixed, at {@link #MARKET}. */
    private static final class Live implements LiveCampaigns {
        private final Market market;

        Live(Market market) {
            this.market = market;
        }

        @Override
        public Market market(MarketVersion version) {
            return market;
        }

        @Override
        public MarketVersion known() {
            return MARKET;
        }

        @Override
        public void delivered(UUID campaignId, Delivery delivery) {
            market.deliver(campaignId, delivery);
        }

        @Override
        public void withdrawn(UUID campaignId) {
            market.withdraw(campaignId);
        }

        @Override
        public void changed() {
        }
    }

    /** Answers impressions in the scripted order and deliveries from a map; remembers every call. */
    private static final class ScriptedLedger implements Ledger {
        private final Deque<ImpressionOutcome> outcomes = new ArrayDeque<>();
        private final Map<UUID, Delivery> deliveries = new HashMap<>();
        private final List<String> calls = new ArrayList<>();

        void script(ImpressionOutcome... next) {
            outcomes.addAll(List.of(next));
        }

        @Override
        public ImpressionOutcome recordImpression(UUID campaignId, UUID clientId, int day, int relevanceBin) {
            calls.add("record " + campaignId);
            return outcomes.remove();
        }

        @Override
        public ImpressionOutcome recordImpressionIfCurrent(UUID campaignId, UUID clientId, int relevanceBin, DecisionBasis basis) {
            calls.add("record-if-current " + campaignId + " " + basis);
            return outcomes.remove();
        }

        @Override
        public Optional<Delivery> deliveryOf(UUID campaignId, int day) {
            calls.add("delivery " + campaignId);
            return Optional.ofNullable(deliveries.get(campaignId));
        }

        @Override
        public ClickOutcome recordClick(UUID campaignId, UUID clientId, int day) {
            throw new UnsupportedOperationException("no clicks here");
        }
    }
}
