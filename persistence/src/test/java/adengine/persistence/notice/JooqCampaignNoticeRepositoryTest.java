package adengine.persistence.notice;

import static adengine.core.testing.CampaignSpecBuilder.aCampaign;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import adengine.core.access.AccessService;
import adengine.core.access.ChatKind;
import adengine.core.notice.CampaignNotices;
import adengine.core.notice.Notice;
import adengine.core.notice.NoticeKind;
import adengine.core.notice.Recipient;
import adengine.persistence.access.JooqAccessRepository;
import adengine.core.advertiser.Advertiser;
import adengine.core.advertiser.AdvertiserService;
import adengine.core.campaign.Campaign;
import adengine.core.client.Client;
import adengine.core.testing.CampaignSpecBuilder;
import adengine.core.testing.Fixtures;
import adengine.core.testing.InMemoryClaimCodeStore;
import adengine.core.testing.SettableDay;
import adengine.persistence.ads.GroupCommit;
import adengine.persistence.ads.JooqLedger;
import adengine.persistence.advertiser.JooqAdvertiserRepository;
import adengine.persistence.campaign.JooqCampaignRepository;
import adengine.persistence.client.JooqClientRepository;
import adengine.persistence.db.Database;
import adengine.persistence.testing.TestInfrastructure;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Campaign notices through the core's CampaignNotices over the real PostgreSQL, with a ledger writing the counts. */
class JooqCampaignNoticeRepositoryTest {
    private static final AtomicLong CHATS = new AtomicLong(200_000);
    private static final long ADMIN = 77;
    private static Database database;
    private static GroupCommit writer;
    private static JooqLedger ledger;
    private static JooqAdvertiserRepository advertisers;
    private static JooqCampaignRepository campaigns;
    private static AccessService access;
    private static final SettableDay day = new SettableDay();
    private static CampaignNotices notices;
    private Advertiser advertiser;

    @BeforeAll
    static void openDatabase() {
        database = Database.open(TestInfrastructure.get().freshDatabase());
        writer = new GroupCommit(database.dsl());
        ledger = new JooqLedger(database.dsl(), writer);
        advertisers = new JooqAdvertiserRepository(database.dsl());
        campaigns = new JooqCampaignRepository(database.dsl());
        access = new AccessService(new JooqAccessRepository(database.dsl()), new AdvertiserService(advertisers),
                Clock.systemUTC(), Set.of(ADMIN), new InMemoryClaimCodeStore());
        notices = new CampaignNotices(new JooqCampaignNoticeRepository(database.dsl()), day, Clock.systemUTC());
    }

    @AfterAll
    static void closeDatabase() {
        writer.close();
        database.close();
    }

    @BeforeEach
    void newAdvertiser() {
        advertiser = Fixtures.advertiser();
        advertisers.upsertAll(List.of(advertiser));
    }

    @Test
    void theLimitIsReachedWhenTheImpressionsCountReachesIt() {
        long chat = bind(advertiser);
        Campaign campaign = campaign(aCampaign().withLimits(2, 1).withDates(0, 100).withTexts("Boots", "Warm"));
        ledger.recordImpression(campaign.campaignId(), client(), 0, 3);

        List<Notice> before = due(advertiser);
        ledger.recordImpression(campaign.campaignId(), client(), 0, 3);
        List<Notice> reached = due(advertiser);

        assertEquals(List.of(), before);
        assertEquals(List.of(new Notice(campaign.campaignId(), "Boots", advertiser.advertiserId(), NoticeKind.LIMIT_REACHED,
                List.of(new Recipient(chat, "ru")))), reached);
    }

    @Test
    void theClicksLimitIsReachedWhenTheClicksCountReachesIt() {
        long chat = bind(advertiser);
        Campaign campaign = campaign(aCampaign().withLimits(10, 1).withDates(0, 100).withTexts("Boots", "Warm"));
        Campaign noClicks = campaign(aCampaign().withLimits(10, 0).withDates(0, 100).withTexts("Shoes", "Dry"));
        UUID client = client();
        ledger.recordImpression(campaign.campaignId(), client, 0, 3);

        List<Notice> before = due(advertiser);
        ledger.recordClick(campaign.campaignId(), client, 0);
        List<Notice> reached = due(advertiser);

        assertEquals(List.of(), before, "a campaign bought without clicks is not told it reached them");
        assertEquals(List.of(new Notice(campaign.campaignId(), "Boots", advertiser.advertiserId(), NoticeKind.CLICKS_LIMIT_REACHED,
                List.of(new Recipient(chat, "ru")))), reached);
        assertTrue(reached.stream().noneMatch(notice -> notice.campaignId().equals(noClicks.campaignId())));
    }

    @Test
    void aCampaignEndsTheDayAfterItsEndDate() {
        long chat = bind(advertiser);
        day.set(10);
        Campaign campaign = campaign(aCampaign().withDates(10, 12));

        day.set(12);
        List<Notice> onTheLastDay = due(advertiser);
        day.set(13);
        List<Notice> theDayAfter = due(advertiser);

        assertEquals(List.of(), onTheLastDay);
        assertEquals(List.of(new Notice(campaign.campaignId(), "Coffee", advertiser.advertiserId(), NoticeKind.ENDED,
                List.of(new Recipient(chat, "ru")))), theDayAfter);
    }

    @Test
    void aNoticeGoesToEveryChatOfTheAdvertiserInItsLanguageAndIsClaimedOnce() {
        long first = bind(advertiser, "en");
        long second = bind(advertiser, "ru");
        Campaign campaign = campaign(aCampaign().withDates(0, 0));
        day.set(Math.max(day.currentDay(), 1));

        List<Notice> due = due(advertiser);
        boolean claimed = notices.claim(campaign.campaignId(), NoticeKind.ENDED);
        boolean again = notices.claim(campaign.campaignId(), NoticeKind.ENDED);

        assertEquals(1, due.size(), due.toString());
        assertEquals(List.of(new Recipient(first, "en"), new Recipient(second, "ru")), due.get(0).recipients());
        assertTrue(claimed);
        assertFalse(again);
        assertEquals(List.of(), due(advertiser));
    }

    @Test
    void aGroupHearsOnlyWhileAnAdminAllowsIt() {
        long privateChat = bind(advertiser);
        long group = -CHATS.incrementAndGet();
        access.allowGroup(group, ChatKind.GROUP, ADMIN);
        access.redeem(access.createInvite(advertiser.advertiserId()).token(), group, ChatKind.GROUP, "ru");
        campaign(aCampaign().withDates(0, 0));
        day.set(Math.max(day.currentDay(), 1));

        List<Recipient> allowed = due(advertiser).get(0).recipients();
        access.disallowGroup(group, ADMIN);
        List<Recipient> takenBack = due(advertiser).get(0).recipients();

        assertEquals(List.of(new Recipient(group, "ru"), new Recipient(privateChat, "ru")), allowed);
        assertEquals(List.of(new Recipient(privateChat, "ru")), takenBack);
    }

    @Test
    void eachKindIsItsOwnNotice() {
        bind(advertiser);
        Campaign campaign = campaign(aCampaign().withLimits(0, 0).withDates(0, 0));
        day.set(Math.max(day.currentDay(), 1));

        notices.claim(campaign.campaignId(), NoticeKind.LIMIT_REACHED);

        assertEquals(List.of(NoticeKind.ENDED), due(advertiser).stream().map(Notice::kind).toList());
    }

    @Test
    void of8ConcurrentClaimsExactlyOneWins() throws Exception {
        bind(advertiser);
        Campaign campaign = campaign(aCampaign().withLimits(0, 0));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Boolean>> claims = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            claims.add(pool.submit(() -> {
                go.await();
                return notices.claim(campaign.campaignId(), NoticeKind.LIMIT_REACHED);
            }));
        }
        go.countDown();
        int won = 0;
        for (Future<Boolean> claim : claims) {
            won += claim.get() ? 1 : 0;
        }
        pool.shutdown();

        assertEquals(1, won);
    }

    @Test
    void nothingIsDueForAnAdvertiserWithoutChatsOrADeletedCampaign() {
        Campaign unbound = campaign(aCampaign().withLimits(0, 0).withDates(0, 0));
        Advertiser bound = Fixtures.advertiser();
        advertisers.upsertAll(List.of(bound));
        bind(bound);
        Campaign deleted = new Campaign(UUID.randomUUID(), bound.advertiserId(), aCampaign().withLimits(0, 0).withDates(0, 0).build(), null);
        campaigns.insert(deleted);
        campaigns.delete(bound.advertiserId(), deleted.campaignId());
        day.set(Math.max(day.currentDay(), 1));

        assertEquals(List.of(), due(advertiser), "unbound " + unbound.campaignId());
        assertEquals(List.of(), due(bound), "deleted " + deleted.campaignId());
    }

    @Test
    void anUnknownCampaignCannotBeClaimed() {
        assertFalse(notices.claim(UUID.randomUUID(), NoticeKind.ENDED));
    }

    /** The due notices about the advertiser's campaigns: the campaigns of other tests end too as the day moves. */
    private static List<Notice> due(Advertiser advertiser) {
        return notices.due().stream().filter(notice -> notice.advertiserId().equals(advertiser.advertiserId())).toList();
    }

    /** Binds a new chat that speaks Russian to the advertiser with an invite, as the bot does. */
    private static long bind(Advertiser advertiser) {
        return bind(advertiser, "ru");
    }

    private static long bind(Advertiser advertiser, String language) {
        long chat = CHATS.incrementAndGet();
        access.redeem(access.createInvite(advertiser.advertiserId()).token(), chat, ChatKind.PRIVATE, language);
        return chat;
    }

    private Campaign campaign(CampaignSpecBuilder spec) {
        Campaign campaign = new Campaign(UUID.randomUUID(), advertiser.advertiserId(), spec.build(), null);
        campaigns.insert(campaign);
        return campaign;
    }

    private static UUID client() {
        Client client = Fixtures.client();
        new JooqClientRepository(database.dsl()).upsertAll(List.of(client));
        return client.clientId();
    }
}
