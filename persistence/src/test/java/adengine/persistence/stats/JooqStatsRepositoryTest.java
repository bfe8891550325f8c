package adengine.persistence.stats;

import static adengine.core.testing.CampaignSpecBuilder.aCampaign;
import static adengine.persistence.schema.Tables.CAMPAIGN_DAILY_STATS;
import static org.junit.jupiter.api.Assertions.assertEquals;

import adengine.core.advertiser.Advertiser;
import adengine.core.campaign.Campaign;
import adengine.core.stats.CampaignActivity;
import adengine.core.stats.Stats;
import adengine.core.testing.CampaignSpecBuilder;
import adengine.core.testing.Fixtures;
import adengine.persistence.advertiser.JooqAdvertiserRepository;
import adengine.persistence.campaign.JooqCampaignRepository;
import adengine.persistence.db.Database;
import adengine.persistence.testing.TestInfrastructure;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.jooq.ExecuteListener;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class JooqStatsRepositoryTest {
    private static final Stats SHOWN = new Stats(3, 1, new BigDecimal("0.375"), new BigDecimal("2"));
    private static final Stats CLICKED = new Stats(0, 2, BigDecimal.ZERO, new BigDecimal("4.50"));

    private static Database database;
    private static JooqCampaignRepository campaigns;

    @BeforeAll
    static void openDatabase() {
        database = Database.open(TestInfrastructure.get().freshDatabase());
        campaigns = new JooqCampaignRepository(database.dsl());
    }

    @AfterAll
    static void closeDatabase() {
        database.close();
    }

    @Test
    void anAdvertisersCampaignsComeNewestFirstDeletedOnesMarkedWithTheirDaysInOneQuery() {
        Advertiser advertiser = advertiser();
        Campaign removed = campaign(advertiser, aCampaign().withTexts("Old", "text").withLimits(50, 5).withDates(1, 4));
        days(removed, Map.of(2, SHOWN, 3, CLICKED));
        campaigns.delete(advertiser.advertiserId(), removed.campaignId());
        Campaign idle = campaign(advertiser, aCampaign().withTexts("New", "text").withLimits(100, 10).withDates(5, 9));
        campaign(advertiser(), aCampaign());
        AtomicInteger queries = new AtomicInteger();
        JooqStatsRepository stats = new JooqStatsRepository(database.dsl().configuration()
                .deriveAppending(ExecuteListener.onExecuteStart(context -> queries.incrementAndGet())).dsl());

        List<CampaignActivity> found = stats.advertiserCampaigns(advertiser.advertiserId());

        assertEquals(List.of(
                new CampaignActivity(idle.campaignId(), "New", false, 5, 9, 100, 10, Map.of()),
                new CampaignActivity(removed.campaignId(), "Old", true, 1, 4, 50, 5, Map.of(2, SHOWN, 3, CLICKED))), found);
        assertEquals(1, queries.get(), "one query, not one per campaign");
        assertEquals(Optional.empty(), stats.liveCampaign(removed.campaignId()));
        assertEquals(Optional.of(found.get(0)), stats.liveCampaign(idle.campaignId()));
    }

    private static Advertiser advertiser() {
        Advertiser advertiser = Fixtures.advertiser();
        new JooqAdvertiserRepository(database.dsl()).upsertAll(List.of(advertiser));
        return advertiser;
    }

    private static Campaign campaign(Advertiser advertiser, CampaignSpecBuilder spec) {
        Campaign campaign = new Campaign(UUID.randomUUID(), advertiser.advertiserId(), spec.build(), null);
        campaigns.insert(campaign);
        return campaign;
    }

    /** The aggregates as the event functions would leave them. */
    private static void days(Campaign campaign, Map<Integer, Stats> days) {
        days.forEach((day, stats) -> database.dsl().insertInto(CAMPAIGN_DAILY_STATS)
                .set(CAMPAIGN_DAILY_STATS.CAMPAIGN_ID, campaign.campaignId())
                .set(CAMPAIGN_DAILY_STATS.DAY, day)
                .set(CAMPAIGN_DAILY_STATS.IMPRESSIONS, (int) stats.impressionsCount())
                .set(CAMPAIGN_DAILY_STATS.CLICKS, (int) stats.clicksCount())
                .set(CAMPAIGN_DAILY_STATS.SPENT_IMPRESSIONS, stats.spentImpressions())
                .set(CAMPAIGN_DAILY_STATS.SPENT_CLICKS, stats.spentClicks())
                .execute());
    }
}
