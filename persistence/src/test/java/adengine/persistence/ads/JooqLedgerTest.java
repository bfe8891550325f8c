package adengine.persistence.ads;

import static adengine.core.testing.CampaignSpecBuilder.aCampaign;
import static adengine.persistence.schema.Tables.CAMPAIGN_COUNTERS;
import static adengine.persistence.schema.Tables.CAMPAIGN_DAILY_STATS;
import static adengine.persistence.schema.Tables.CLICKS;
import static adengine.persistence.schema.Tables.IMPRESSIONS;
import static adengine.persistence.schema.Tables.SIMULATION_CLOCK;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import adengine.core.ads.ClickOutcome;
import adengine.core.ads.ClientProfile;
import adengine.core.ads.DecisionBasis;
import adengine.core.ads.Delivery;
import adengine.core.ads.ImpressionOutcome;
import adengine.core.advertiser.Advertiser;
import adengine.core.campaign.Campaign;
import adengine.core.client.Client;
import adengine.core.score.MlScore;
import adengine.core.testing.CampaignSpecBuilder;
import adengine.core.testing.Fixtures;
import adengine.persistence.advertiser.JooqAdvertiserRepository;
import adengine.persistence.campaign.JooqCampaignRepository;
import adengine.persistence.client.JooqClientRepository;
import adengine.persistence.db.Database;
import adengine.persistence.score.JooqMlScoreRepository;
import adengine.persistence.testing.TestInfrastructure;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jooq.DSLContext;
import org.jooq.Record2;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class JooqLedgerTest {
    private static Database database;
    private static GroupCommit writer;
    private static JooqLedger ledger;
    private static Advertiser advertiser;

    @BeforeAll
    static void openDatabase() {
        database = Database.open(TestInfrastructure.get().freshDatabase());
        writer = new GroupCommit(database.dsl());
        ledger = new JooqLedger(database.dsl(), writer);
        advertiser = Fixtures.advertiser();
        new JooqAdvertiserRepository(database.dsl()).upsertAll(List.of(advertiser));
    }

    @AfterAll
    static void closeDatabase() {
        writer.close();
        database.close();
    }

    @Test
    void theFirstShowIsRecordedAndChargedOnceTheSecondIsSeen() {
        Campaign campaign = campaign(aCampaign().withPrices("1.25", "3"));
        UUID client = client();

        ImpressionOutcome first = ledger.recordImpression(campaign.campaignId(), client, 2, 3);
        ImpressionOutcome second = ledger.recordImpression(campaign.campaignId(), client, 2, 3);

        assertEquals(new ImpressionOutcome.Recorded(new Delivery(1, 0)), first);
        assertInstanceOf(ImpressionOutcome.AlreadySeen.class, second);
        assertEquals(new BigDecimal("1.25"), spentImpressions(campaign, 2));
        assertEquals(1, database.dsl().fetchCount(IMPRESSIONS, IMPRESSIONS.CLIENT_ID.eq(client)));
    }

    @Test
    void aCampaignOutsideItsWindowOrDeletedIsRefused() {
        Campaign campaign = campaign(aCampaign().withDates(3, 5));

        ImpressionOutcome gone = new ImpressionOutcome.Gone();

        assertEquals(gone, ledger.recordImpression(campaign.campaignId(), client(), 2, 3));
        assertEquals(gone, ledger.recordImpression(campaign.campaignId(), client(), 6, 3));
        assertEquals(Optional.of(Delivery.NONE), ledger.deliveryOf(campaign.campaignId(), 4));
        new JooqCampaignRepository(database.dsl()).delete(advertiser.advertiserId(), campaign.campaignId());
        assertEquals(gone, ledger.recordImpression(campaign.campaignId(), client(), 4, 3));
        assertEquals(Optional.empty(), ledger.deliveryOf(campaign.campaignId(), 4));
    }

    @Test
    void aPausedCampaignIsRefusedUntilResumed() {
        Campaign campaign = campaign(aCampaign().withDates(0, 1_000));
        JooqCampaignRepository campaigns = new JooqCampaignRepository(database.dsl());
        campaigns.update(advertiser.advertiserId(), campaign.campaignId(), stored -> stored.withPaused(true));
        UUID client = client();

        assertEquals(new ImpressionOutcome.Gone(), ledger.recordImpression(campaign.campaignId(), client, 4, 3));
        campaigns.update(advertiser.advertiserId(), campaign.campaignId(), stored -> stored.withPaused(false));
        assertEquals(new ImpressionOutcome.Recorded(new Delivery(1, 0)), ledger.recordImpression(campaign.campaignId(), client, 4, 3));
    }

    @Test
    void theCapRefusesAndLeavesNoLedgerRow() {
        Campaign campaign = campaign(aCampaign().withLimits(2, 1));
        ledger.recordImpression(campaign.campaignId(), client(), 0, 3);
        ledger.recordImpression(campaign.campaignId(), client(), 0, 3);
        UUID third = client();

        assertEquals(new ImpressionOutcome.Full(new Delivery(2, 0)), ledger.recordImpression(campaign.campaignId(), third, 0, 3));
        assertEquals(0, database.dsl().fetchCount(IMPRESSIONS, IMPRESSIONS.CLIENT_ID.eq(third)));
    }

    @Test
    void concurrentImpressionsNeverPassTheCap() throws Exception {
        Campaign campaign = campaign(aCampaign().withLimits(10, 10));
        List<UUID> clients = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            clients.add(client());
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<ImpressionOutcome>> outcomes = new ArrayList<>();
        for (UUID client : clients) {
            outcomes.add(pool.submit(() -> ledger.recordImpression(campaign.campaignId(), client, 0, 3)));
        }
        int recorded = 0;
        for (Future<ImpressionOutcome> outcome : outcomes) {
            recorded += outcome.get() instanceof ImpressionOutcome.Recorded ? 1 : 0;
        }
        pool.shutdown();

        assertEquals(10, recorded);
        assertEquals(10, database.dsl().fetchCount(IMPRESSIONS, IMPRESSIONS.CAMPAIGN_ID.eq(campaign.campaignId())));
    }

    @Test
    void aClickNeedsAShowAndCountsOnce() {
        Campaign campaign = campaign(aCampaign().withPrices("1", "2.50"));
        UUID shown = client();
        ledger.recordImpression(campaign.campaignId(), shown, 1, 3);

        assertInstanceOf(ClickOutcome.NotShown.class, ledger.recordClick(campaign.campaignId(), client(), 1));
        assertEquals(new ClickOutcome.Recorded(new Delivery(1, 1)), ledger.recordClick(campaign.campaignId(), shown, 4));
        assertInstanceOf(ClickOutcome.Duplicate.class, ledger.recordClick(campaign.campaignId(), shown, 4));
        assertEquals(1, database.dsl().fetchCount(CLICKS, CLICKS.CLIENT_ID.eq(shown)));
        assertEquals(new BigDecimal("2.50"), database.dsl().select(CAMPAIGN_DAILY_STATS.SPENT_CLICKS).from(CAMPAIGN_DAILY_STATS)
                .where(CAMPAIGN_DAILY_STATS.CAMPAIGN_ID.eq(campaign.campaignId()).and(CAMPAIGN_DAILY_STATS.DAY.eq(4)))
                .fetchSingle(CAMPAIGN_DAILY_STATS.SPENT_CLICKS));
    }

    @Test
    void eachImpressionKeepsTheRelevanceBinItWasChosenInAndItsClickCountsInThatBin() {
        Campaign campaign = campaign(aCampaign());
        UUID relevant = client();
        UUID alsoRelevant = client();
        UUID unscored = client();
        ledger.recordImpression(campaign.campaignId(), relevant, 0, 5);
        ledger.recordImpression(campaign.campaignId(), alsoRelevant, 0, 5);
        ledger.recordImpression(campaign.campaignId(), unscored, 0, 0);
        ledger.recordImpression(campaign.campaignId(), unscored, 0, 4);

        ledger.recordClick(campaign.campaignId(), relevant, 1);
        ledger.recordClick(campaign.campaignId(), unscored, 1);
        ledger.recordClick(campaign.campaignId(), unscored, 2);

        Record2<Integer[], Integer[]> counts = database.dsl()
                .select(CAMPAIGN_COUNTERS.IMPRESSIONS_BY_RELEVANCE, CAMPAIGN_COUNTERS.CLICKS_BY_RELEVANCE)
                .from(CAMPAIGN_COUNTERS)
                .where(CAMPAIGN_COUNTERS.CAMPAIGN_ID.eq(campaign.campaignId()))
                .fetchSingle();
        assertArrayEquals(new Integer[] {1, 0, 0, 0, 0, 2}, counts.value1());
        assertArrayEquals(new Integer[] {1, 0, 0, 0, 0, 1}, counts.value2());
        assertEquals((short) 0, database.dsl().select(IMPRESSIONS.RELEVANCE_BIN).from(IMPRESSIONS)
                .where(IMPRESSIONS.CAMPAIGN_ID.eq(campaign.campaignId()).and(IMPRESSIONS.CLIENT_ID.eq(unscored)))
                .fetchSingle(IMPRESSIONS.RELEVANCE_BIN));
    }

    @Test
    void anImpressionDecidedOnVersionsThatMovedIsNotRecorded() {
        Campaign campaign = campaign(aCampaign().withDates(0, 1_000));
        Client client = Fixtures.client();
        new JooqClientRepository(database.dsl()).upsertAll(List.of(client));
        UUID id = client.clientId();
        ImpressionOutcome stale = new ImpressionOutcome.Stale();

        DecisionBasis before = basisOf(id);
        new JooqMlScoreRepository(database.dsl()).upsertAll(List.of(new MlScore(id, advertiser.advertiserId(), 5L)));
        assertEquals(stale, ledger.recordImpressionIfCurrent(campaign.campaignId(), id, 3, before), "a score upsert");

        before = basisOf(id);
        new JooqClientRepository(database.dsl()).upsertAll(List.of(new Client(id, client.login(), client.age() + 1, client.location(), client.gender())));
        assertEquals(stale, ledger.recordImpressionIfCurrent(campaign.campaignId(), id, 3, before), "a client upsert");

        before = basisOf(id);
        campaign(aCampaign());
        assertEquals(stale, ledger.recordImpressionIfCurrent(campaign.campaignId(), id, 3, before), "another campaign written");

        before = basisOf(id);
        database.dsl().update(SIMULATION_CLOCK).set(SIMULATION_CLOCK.CURRENT_DAY, SIMULATION_CLOCK.CURRENT_DAY.plus(1)).execute();
        assertEquals(stale, ledger.recordImpressionIfCurrent(campaign.campaignId(), id, 3, before), "the next day");

        assertEquals(0, database.dsl().fetchCount(IMPRESSIONS, IMPRESSIONS.CLIENT_ID.eq(id)));
        assertEquals(new ImpressionOutcome.Recorded(new Delivery(1, 0)),
                ledger.recordImpressionIfCurrent(campaign.campaignId(), id, 3, basisOf(id)), "nothing moved");
        assertEquals(new ImpressionOutcome.AlreadySeen(), ledger.recordImpressionIfCurrent(campaign.campaignId(), id, 3, basisOf(id)));
    }

    @Test
    void theLedgerReadsACampaignByKeyHoweverManyCampaignsTheDayHolds() {
        List<Campaign> day = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            day.add(campaign(aCampaign().withDates(0, 1_000)));
        }
        UUID campaignId = day.get(30).campaignId();
        UUID client = client();

        List<Long> rowsRead = database.dsl().transactionResult(configuration -> {
            DSLContext transaction = configuration.dsl();
            long before = campaignRowsReadIn(transaction);
            transaction.resultQuery("select * from record_impression(?::uuid, ?::uuid, 3, 0::smallint)", campaignId, client).fetch();
            long afterImpression = campaignRowsReadIn(transaction);
            assertEquals(Optional.of(new Delivery(1, 0)), new JooqLedger(transaction, writer).deliveryOf(campaignId, 3));
            return List.of(afterImpression - before, campaignRowsReadIn(transaction) - afterImpression);
        });

        // the impression: the ledger's read and the foreign key checks of the new ledger and daily
        // rows; the delivery: its one row; never the day's 60
        assertEquals(List.of(3L, 1L), rowsRead);
    }

    /** Rows of campaigns fetched by index or scanned, from the statistics this connection has not flushed yet. */
    private static long campaignRowsReadIn(DSLContext transaction) {
        return transaction.resultQuery("select idx_tup_fetch + seq_tup_read from pg_stat_xact_user_tables where relname = 'campaigns'")
                .fetchSingle(0, Long.class);
    }

    private static DecisionBasis basisOf(UUID clientId) {
        ClientProfile profile = new JooqClientProfiles(database.dsl()).find(clientId).orElseThrow();
        return new DecisionBasis(profile.version(), profile.market());
    }

    private static BigDecimal spentImpressions(Campaign campaign, int day) {
        return database.dsl().select(CAMPAIGN_DAILY_STATS.SPENT_IMPRESSIONS).from(CAMPAIGN_DAILY_STATS)
                .where(CAMPAIGN_DAILY_STATS.CAMPAIGN_ID.eq(campaign.campaignId()).and(CAMPAIGN_DAILY_STATS.DAY.eq(day)))
                .fetchSingle(CAMPAIGN_DAILY_STATS.SPENT_IMPRESSIONS);
    }

    private static Campaign campaign(CampaignSpecBuilder spec) {
        Campaign campaign = new Campaign(UUID.randomUUID(), advertiser.advertiserId(), spec.build(), null);
        new JooqCampaignRepository(database.dsl()).insert(campaign);
        return campaign;
    }

    private static UUID client() {
        Client client = Fixtures.client();
        new JooqClientRepository(database.dsl()).upsertAll(List.of(client));
        return client.clientId();
    }
}
