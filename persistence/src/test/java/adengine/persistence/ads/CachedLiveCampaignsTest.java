package adengine.persistence.ads;

import static adengine.core.testing.CampaignSpecBuilder.aCampaign;
import static adengine.persistence.schema.Tables.CAMPAIGN_COUNTERS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import adengine.core.ads.Delivery;
import adengine.core.ads.Market;
import adengine.core.ads.MarketVersion;
import adengine.core.advertiser.Advertiser;
import adengine.core.campaign.Campaign;
import adengine.core.testing.Fixtures;
import adengine.persistence.advertiser.JooqAdvertiserRepository;
import adengine.persistence.campaign.JooqCampaignRepository;
import adengine.persistence.db.Database;
import adengine.persistence.testing.TestInfrastructure;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CachedLiveCampaignsTest {
    private static final Duration REFRESH = Duration.ofMillis(50);

    private static Database database;
    private static JooqCampaignRepository campaigns;
    private static final Advertiser ADVERTISER = Fixtures.advertiser();

    @BeforeAll
    static void openDatabase() {
        database = Database.open(TestInfrastructure.get().freshDatabase());
        campaigns = new JooqCampaignRepository(database.dsl());
        new JooqAdvertiserRepository(database.dsl()).upsertAll(List.of(ADVERTISER));
    }

    @AfterAll
    static void closeDatabase() {
        database.close();
    }

    @Test
    void deliveriesCommittedElsewhereArriveInTheBackgroundWithoutReloadingTheCampaigns() throws InterruptedException {
        Campaign campaign = campaign();
        try (CachedLiveCampaigns live = new CachedLiveCampaigns(database.dsl(), REFRESH)) {
            MarketVersion version = new MarketVersion(0, 1);
            Market first = live.market(version);
            assertEquals(new Delivery(0, 0), first.deliveryOf(campaign.campaignId()));

            database.dsl().update(CAMPAIGN_COUNTERS).set(CAMPAIGN_COUNTERS.IMPRESSIONS, 1)
                    .where(CAMPAIGN_COUNTERS.CAMPAIGN_ID.eq(campaign.campaignId())).execute();

            assertEquals(new Delivery(1, 0), awaitDelivery(live, version, campaign.campaignId(), new Delivery(1, 0)));
            assertEquals(1, live.loads(), "the campaigns were read once; the refreshes read only their counters");
        }
    }

    @Test
    void anEditIsReadWhenTheVersionMovesAndNotBefore() throws InterruptedException {
        Campaign campaign = campaign();
        try (CachedLiveCampaigns live = new CachedLiveCampaigns(database.dsl(), REFRESH)) {
            MarketVersion version = new MarketVersion(0, 1);
            live.market(version);
            campaigns.update(ADVERTISER.advertiserId(), campaign.campaignId(),
                    stored -> stored.withSpec(aCampaign().withDates(0, 1_000).withTexts("Edited", "Edited text").build()));
            Thread.sleep(REFRESH.toMillis() * 4);

            assertEquals(1, live.loads(), "a refresh does not read the campaigns");
            live.market(new MarketVersion(0, 2));
            assertEquals(2, live.loads(), "a newer version reads them");
            campaigns.delete(ADVERTISER.advertiserId(), campaign.campaignId());
            assertNull(awaitDelivery(live, new MarketVersion(0, 2), campaign.campaignId(), null),
                    "a campaign gone from the database leaves the market at the next refresh");
        }
    }

    private static Delivery awaitDelivery(CachedLiveCampaigns live, MarketVersion version, UUID campaignId, Delivery expected)
            throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        Delivery known = live.market(version).deliveryOf(campaignId);
        while (!Objects.equals(known, expected) && System.nanoTime() < deadline) {
            Thread.sleep(REFRESH.toMillis());
            known = live.market(version).deliveryOf(campaignId);
        }
        return known;
    }

    private static Campaign campaign() {
        Campaign campaign = new Campaign(UUID.randomUUID(), ADVERTISER.advertiserId(), aCampaign().withDates(0, 1_000).build(), null);
        campaigns.insert(campaign);
        return campaign;
    }

}
