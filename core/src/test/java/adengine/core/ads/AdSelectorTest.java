package adengine.core.ads;

import static adengine.core.testing.CampaignSpecBuilder.aCampaign;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import adengine.core.campaign.Campaign;
import adengine.core.campaign.TargetGender;
import adengine.core.campaign.Targeting;
import adengine.core.client.Client;
import adengine.core.client.Gender;
import adengine.core.testing.CampaignSpecBuilder;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AdSelectorTest {
    private static final Client CLIENT = new Client(UUID.randomUUID(), "ivan", 40, "Omsk", Gender.MALE);
    private final AdSelector selector = new AdSelector(new AdRanking());

    @Test
    void newImpressionsComeBestFirst() {
        LiveCampaign cheap = live(aCampaign().withPrices("1", "1"), Delivery.NONE);
        LiveCampaign dear = live(aCampaign().withPrices("3", "1"), Delivery.NONE);

        AdChoice choice = choose(List.of(cheap, dear), ClientHistory.NONE);

        assertEquals(List.of(dear.campaign(), cheap.campaign()), choice.fresh().toList().stream().map(AdOption::campaign).toList());
        assertTrue(choice.repeats().isEmpty());
    }

    @Test
    void aSeenCampaignIsOnlyARepeat() {
        LiveCampaign seen = live(aCampaign(), Delivery.NONE);

        AdChoice choice = choose(List.of(seen), new ClientHistory(Set.of(id(seen)), Set.of()));

        assertTrue(choice.fresh().isEmpty());
        assertEquals(seen.campaign(), choice.repeats().toList().get(0).campaign());
        assertTrue(choice.repeats().toList().get(0).repeat());
    }

    @Test
    void aCampaignAtItsImpressionCapCanStillBeRepeated() {
        LiveCampaign full = live(aCampaign().withLimits(10, 10), new Delivery(10, 0));

        assertTrue(choose(List.of(full), ClientHistory.NONE).fresh().isEmpty());
        assertEquals(full.campaign(), choose(List.of(full), new ClientHistory(Set.of(id(full)), Set.of()))
                .repeats().toList().get(0).campaign());
    }

    @Test
    void clickedTargetedAwayEndedOrClickCappedCampaignsAreNeverOffered() {
        LiveCampaign clicked = live(aCampaign(), Delivery.NONE);
        LiveCampaign women = live(aCampaign().withTargeting(new Targeting(TargetGender.FEMALE, null, null, null)), Delivery.NONE);
        LiveCampaign ended = live(aCampaign().withDates(0, 2), Delivery.NONE);
        LiveCampaign clickCapped = live(aCampaign().withLimits(100, 5), new Delivery(20, 5));

        AdChoice choice = selector.choose(CLIENT, 3, new Market(List.of(clicked, women, ended, clickCapped)),
                new ClientHistory(Set.of(id(clicked)), Set.of(id(clicked))), ClientScores.NONE);

        assertTrue(choice.fresh().isEmpty());
        assertTrue(choice.repeats().isEmpty());
    }

    @Test
    void onlyTheClientsOwnLocationAndUntargetedCampaignsAreOffered() {
        LiveCampaign omsk = live(aCampaign().withTargeting(new Targeting(null, null, null, "Omsk")).withPrices("2", "1"), Delivery.NONE);
        LiveCampaign anywhere = live(aCampaign().withPrices("3", "1"), Delivery.NONE);
        LiveCampaign tomsk = live(aCampaign().withTargeting(new Targeting(null, null, null, "Tomsk")).withPrices("9", "1"), Delivery.NONE);
        LiveCampaign omskToo = live(aCampaign().withTargeting(new Targeting(null, null, null, "Omsk")).withPrices("1", "1"), Delivery.NONE);
        Market market = new Market(List.of(omsk, anywhere, tomsk, omskToo));
        Client elsewhere = new Client(UUID.randomUUID(), "olga", 30, "Kazan", Gender.FEMALE);

        assertEquals(List.of(anywhere.campaign(), omsk.campaign(), omskToo.campaign()), offered(selector.choose(CLIENT, 0, market, ClientHistory.NONE, ClientScores.NONE)));
        assertEquals(List.of(anywhere.campaign()), offered(selector.choose(elsewhere, 0, market, ClientHistory.NONE, ClientScores.NONE)));
    }

    @Test
    void theClientsScoreForTheAdvertiserDecidesBetweenEqualCampaignsFromTheFirstDecision() {
        LiveCampaign a = live(aCampaign(), Delivery.NONE);
        LiveCampaign b = live(aCampaign(), Delivery.NONE);
        Market market = new Market(List.of(a, b));

        AdChoice choice = selector.choose(CLIENT, 0, market, ClientHistory.NONE,
                ClientScores.of(Map.of(a.campaign().advertiserId(), 90_000L, b.campaign().advertiserId(), 5_000L)));

        assertEquals(a.campaign(), choice.fresh().toList().get(0).campaign());
    }

    @Test
    void theClientsOtherScoresSetTheScaleEvenForAdvertisersWithoutARunningCampaign() {
        LiveCampaign a = live(aCampaign(), Delivery.NONE);
        Market market = new Market(List.of(a));

        AdChoice choice = selector.choose(CLIENT, 0, market, ClientHistory.NONE,
                ClientScores.of(Map.of(a.campaign().advertiserId(), 5_000L, UUID.randomUUID(), 90_000L, UUID.randomUUID(), 100_000L)));

        assertEquals(new Relevance(1, 0.0, 5_000 / 65_000.0), choice.fresh().toList().get(0).relevance());
    }

    @Test
    void syntheticAndRealTrafficNeverMeet() {
        LiveCampaign real = live(aCampaign(), Delivery.NONE);
        LiveCampaign synthetic = live(aCampaign(), Delivery.NONE);
        Client robot = new Client(UUID.randomUUID(), "sim-client-0001", 40, "Omsk", Gender.MALE);
        TrafficPartition partition = new TrafficPartition() {
            @Override
            public boolean isSyntheticClient(UUID clientId) {
                return clientId.equals(robot.clientId());
            }

            @Override
            public boolean isSyntheticAdvertiser(UUID advertiserId) {
                return advertiserId.equals(synthetic.campaign().advertiserId());
            }
        };
        AdSelector separating = new AdSelector(new AdRanking(), partition);
        Market market = new Market(List.of(real, synthetic));

        AdChoice forReal = separating.choose(CLIENT, 0, market, ClientHistory.NONE, ClientScores.NONE);
        AdChoice forRobot = separating.choose(robot, 0, market, ClientHistory.NONE, ClientScores.NONE);

        assertEquals(List.of(real.campaign()), forReal.fresh().toList().stream().map(AdOption::campaign).toList());
        assertEquals(List.of(synthetic.campaign()), forRobot.fresh().toList().stream().map(AdOption::campaign).toList());
    }

    private static List<Campaign> offered(AdChoice choice) {
        return choice.fresh().toList().stream().map(AdOption::campaign).toList();
    }

    private AdChoice choose(List<LiveCampaign> campaigns, ClientHistory history) {
        return selector.choose(CLIENT, 0, new Market(campaigns), history, ClientScores.NONE);
    }

    private static LiveCampaign live(CampaignSpecBuilder spec, Delivery delivery) {
        return new LiveCampaign(new Campaign(UUID.randomUUID(), UUID.randomUUID(), spec.build(), null), delivery, Engagement.NONE);
    }

    private static UUID id(LiveCampaign live) {
        return live.campaign().campaignId();
    }
}
