package adengine.persistence.ads;

import static adengine.core.testing.CampaignSpecBuilder.aCampaign;
import static adengine.persistence.schema.Tables.SIMULATION_CLOCK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import adengine.core.ads.ClientProfile;
import adengine.core.ads.ClientScores;
import adengine.core.ads.MarketVersion;
import adengine.core.advertiser.Advertiser;
import adengine.core.campaign.Campaign;
import adengine.core.client.Client;
import adengine.core.score.MlScore;
import adengine.core.testing.Fixtures;
import adengine.persistence.advertiser.JooqAdvertiserRepository;
import adengine.persistence.campaign.JooqCampaignRepository;
import adengine.persistence.client.JooqClientRepository;
import adengine.persistence.db.Database;
import adengine.persistence.score.JooqMlScoreRepository;
import adengine.persistence.testing.TestInfrastructure;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class JooqClientProfilesTest {
    private static Database database;
    private static JooqClientProfiles profiles;

    @BeforeAll
    static void openDatabase() {
        database = Database.open(TestInfrastructure.get().freshDatabase());
        profiles = new JooqClientProfiles(database.dsl());
    }

    @AfterAll
    static void closeDatabase() {
        database.close();
    }

    @Test
    void readsTheClientItsScoresAndItsHistoryTogether() {
        Client client = Fixtures.client();
        List<Advertiser> advertisers = List.of(Fixtures.advertiser(), Fixtures.advertiser(), Fixtures.advertiser());
        new JooqClientRepository(database.dsl()).upsertAll(List.of(client));
        new JooqAdvertiserRepository(database.dsl()).upsertAll(advertisers);
        new JooqMlScoreRepository(database.dsl()).upsertAll(List.of(
                new MlScore(client.clientId(), advertisers.get(0).advertiserId(), 10L),
                new MlScore(client.clientId(), advertisers.get(1).advertiserId(), -3L)));
        Campaign seen = campaign(advertisers.get(2));
        Campaign clicked = campaign(advertisers.get(2));
        try (GroupCommit writer = new GroupCommit(database.dsl())) {
            JooqLedger ledger = new JooqLedger(database.dsl(), writer);
            ledger.recordImpression(seen.campaignId(), client.clientId(), 0, 3);
            ledger.recordImpression(clicked.campaignId(), client.clientId(), 0, 3);
            ledger.recordClick(clicked.campaignId(), client.clientId(), 0);
        }

        ClientProfile profile = profiles.find(client.clientId()).orElseThrow();

        assertEquals(client, profile.client());
        assertEquals(Map.of(advertisers.get(0).advertiserId(), 10L, advertisers.get(1).advertiserId(), -3L), asMap(profile.scores()));
        assertEquals(Set.of(seen.campaignId(), clicked.campaignId()), profile.history().seen());
        assertEquals(Set.of(clicked.campaignId()), profile.history().clicked());
    }

    @Test
    void aNewClientHasNoScoresAndNoHistory() {
        Client client = Fixtures.client();
        new JooqClientRepository(database.dsl()).upsertAll(List.of(client));

        ClientProfile profile = profiles.find(client.clientId()).orElseThrow();

        assertEquals(0, profile.scores().size());
        assertTrue(profile.history().seen().isEmpty());
        assertTrue(profiles.find(UUID.randomUUID()).isEmpty());
    }

    @Test
    void theMarketVersionGrowsWithEveryCampaignWriteAndCarriesTheDay() {
        Client client = Fixtures.client();
        Advertiser advertiser = Fixtures.advertiser();
        new JooqClientRepository(database.dsl()).upsertAll(List.of(client));
        new JooqAdvertiserRepository(database.dsl()).upsertAll(List.of(advertiser));
        JooqCampaignRepository campaigns = new JooqCampaignRepository(database.dsl());
        MarketVersion before = profiles.find(client.clientId()).orElseThrow().market();

        Campaign campaign = campaign(advertiser);
        MarketVersion created = profiles.find(client.clientId()).orElseThrow().market();
        campaigns.update(advertiser.advertiserId(), campaign.campaignId(), current -> current);
        MarketVersion updated = profiles.find(client.clientId()).orElseThrow().market();
        campaigns.delete(advertiser.advertiserId(), campaign.campaignId());
        MarketVersion deleted = profiles.find(client.clientId()).orElseThrow().market();

        assertTrue(created.supersedes(before), before + " then " + created);
        assertTrue(updated.supersedes(created), created + " then " + updated);
        assertTrue(deleted.supersedes(updated), updated + " then " + deleted);
        assertFalse(deleted.supersedes(profiles.find(client.clientId()).orElseThrow().market()), "reading changes nothing");
        database.dsl().update(SIMULATION_CLOCK).set(SIMULATION_CLOCK.CURRENT_DAY, 7).execute();
        MarketVersion nextDay = profiles.find(client.clientId()).orElseThrow().market();
        assertEquals(new MarketVersion(7, deleted.campaigns()), nextDay);
        assertTrue(nextDay.supersedes(deleted));
    }

    private static Map<UUID, Long> asMap(ClientScores scores) {
        Map<UUID, Long> byAdvertiser = new HashMap<>();
        for (int i = 0; i < scores.size(); i++) {
            byAdvertiser.put(scores.advertiser(i), scores.score(i));
        }
        return byAdvertiser;
    }

    private static Campaign campaign(Advertiser advertiser) {
        Campaign campaign = new Campaign(UUID.randomUUID(), advertiser.advertiserId(), aCampaign().build(), null);
        new JooqCampaignRepository(database.dsl()).insert(campaign);
        return campaign;
    }
}
