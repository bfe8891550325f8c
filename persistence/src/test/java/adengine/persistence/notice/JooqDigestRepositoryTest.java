package adengine.persistence.notice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import adengine.core.access.AccessService;
import adengine.core.access.ChatKind;
import adengine.core.advertiser.Advertiser;
import adengine.core.advertiser.AdvertiserService;
import adengine.core.common.NotFoundException;
import adengine.core.notice.DailyDigests;
import adengine.core.notice.Digest;
import adengine.core.notice.Recipient;
import adengine.core.testing.Fixtures;
import adengine.core.testing.InMemoryClaimCodeStore;
import adengine.core.testing.SettableDay;
import adengine.persistence.access.JooqAccessRepository;
import adengine.persistence.advertiser.JooqAdvertiserRepository;
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

/** Daily digests through the core's DailyDigests over the real PostgreSQL, with chats bound as the bot binds them. */
class JooqDigestRepositoryTest {
    private static final AtomicLong CHATS = new AtomicLong(300_000);
    private static final long ADMIN = 77;
    private static Database database;
    private static JooqAdvertiserRepository advertisers;
    private static AccessService access;
    private static final SettableDay day = new SettableDay();
    private static DailyDigests digests;
    private Advertiser advertiser;

    @BeforeAll
    static void openDatabase() {
        database = Database.open(TestInfrastructure.get().freshDatabase());
        advertisers = new JooqAdvertiserRepository(database.dsl());
        access = new AccessService(new JooqAccessRepository(database.dsl()), new AdvertiserService(advertisers),
                Clock.systemUTC(), Set.of(ADMIN), new InMemoryClaimCodeStore());
        digests = new DailyDigests(new JooqDigestRepository(database.dsl()), day, Clock.systemUTC());
    }

    @AfterAll
    static void closeDatabase() {
        database.close();
    }

    @BeforeEach
    void newAdvertiserOnANewDay() {
        advertiser = Fixtures.advertiser();
        advertisers.upsertAll(List.of(advertiser));
        day.set(day.currentDay() + 10);
    }

    @Test
    void aChatGetsTheDigestOfTheDayItSwitchedItOnOnceThatDayIsOver() {
        long chat = bind(advertiser, "en");
        int switchedOn = day.currentDay();

        digests.setSubscribed(chat, advertiser.advertiserId(), true);
        List<Digest> sameDay = due(advertiser);
        day.set(switchedOn + 1);
        List<Digest> nextDay = due(advertiser);

        assertTrue(digests.subscribed(chat, advertiser.advertiserId()));
        assertEquals(List.of(), sameDay, "the figures of the day before it asked are not sent");
        assertEquals(List.of(new Digest(advertiser.advertiserId(), advertiser.name(), switchedOn, List.of(new Recipient(chat, "en")))),
                nextDay);
    }

    @Test
    void eachChatOfTheAdvertiserIsClaimedOnceADayAndInItsLanguage() {
        long english = bind(advertiser, "en");
        long russian = bind(advertiser, "ru");
        long without = bind(advertiser, "ru");
        digests.setSubscribed(english, advertiser.advertiserId(), true);
        digests.setSubscribed(russian, advertiser.advertiserId(), true);
        int first = day.currentDay();
        day.set(first + 1);

        List<Recipient> due = due(advertiser).get(0).recipients();
        boolean claimed = digests.claim(english, advertiser.advertiserId(), first);
        boolean again = digests.claim(english, advertiser.advertiserId(), first);
        List<Recipient> left = due(advertiser).get(0).recipients();
        boolean neverAsked = digests.claim(without, advertiser.advertiserId(), first);
        digests.claim(russian, advertiser.advertiserId(), first);
        List<Digest> allSent = due(advertiser);
        day.set(first + 2);
        List<Digest> theDayAfter = due(advertiser);

        assertEquals(List.of(new Recipient(english, "en"), new Recipient(russian, "ru")), due);
        assertTrue(claimed);
        assertFalse(again);
        assertEquals(List.of(new Recipient(russian, "ru")), left);
        assertFalse(neverAsked, "a chat that did not switch the digest on is not claimed");
        assertEquals(List.of(), allSent);
        assertEquals(List.of(first + 1), theDayAfter.stream().map(Digest::day).toList());
        assertEquals(2, theDayAfter.get(0).recipients().size());
    }

    @Test
    void aChatThatSwitchesTheDigestOffIsNeitherDueNorClaimed() {
        long chat = bind(advertiser, "ru");
        int switchedOn = day.currentDay();
        digests.setSubscribed(chat, advertiser.advertiserId(), true);
        day.set(switchedOn + 1);

        digests.setSubscribed(chat, advertiser.advertiserId(), false);

        assertFalse(digests.subscribed(chat, advertiser.advertiserId()));
        assertEquals(List.of(), due(advertiser));
        assertFalse(digests.claim(chat, advertiser.advertiserId(), switchedOn));
    }

    @Test
    void switchingOnAgainKeepsTheFirstDay() {
        long chat = bind(advertiser, "ru");
        int switchedOn = day.currentDay();
        digests.setSubscribed(chat, advertiser.advertiserId(), true);
        day.set(switchedOn + 2);

        digests.setSubscribed(chat, advertiser.advertiserId(), true);

        assertTrue(digests.claim(chat, advertiser.advertiserId(), switchedOn + 1), "still due for the day before");
    }

    @Test
    void onlyABoundChatSwitchesTheDigest() {
        long stranger = CHATS.incrementAndGet();
        long otherAdvertisersChat = bind(Fixtures.advertiser(), "ru");

        assertThrows(NotFoundException.class, () -> digests.setSubscribed(stranger, advertiser.advertiserId(), true));
        assertThrows(NotFoundException.class, () -> digests.setSubscribed(otherAdvertisersChat, advertiser.advertiserId(), false));
        assertFalse(digests.subscribed(stranger, advertiser.advertiserId()));
    }

    @Test
    void aGroupGetsItsDigestOnlyWhileAnAdminAllowsIt() {
        long group = -CHATS.incrementAndGet();
        access.allowGroup(group, ChatKind.GROUP, ADMIN);
        access.redeem(access.createInvite(advertiser.advertiserId()).token(), group, ChatKind.GROUP, "en");
        digests.setSubscribed(group, advertiser.advertiserId(), true);
        int switchedOn = day.currentDay();
        day.set(switchedOn + 1);

        List<Digest> allowed = due(advertiser);
        access.disallowGroup(group, ADMIN);

        assertEquals(List.of(new Recipient(group, "en")), allowed.get(0).recipients());
        assertEquals(List.of(), due(advertiser));
        assertFalse(digests.claim(group, advertiser.advertiserId(), switchedOn));
    }

    @Test
    void nothingIsDueOnTheFirstDay() {
        SettableDay firstDay = new SettableDay();
        DailyDigests fromDayZero = new DailyDigests(new JooqDigestRepository(database.dsl()), firstDay, Clock.systemUTC());
        long chat = bind(advertiser, "ru");
        fromDayZero.setSubscribed(chat, advertiser.advertiserId(), true);

        assertEquals(List.of(), fromDayZero.due().stream().filter(digest -> digest.advertiserId().equals(advertiser.advertiserId())).toList());
    }

    @Test
    void of8ConcurrentClaimsExactlyOneWins() throws Exception {
        long chat = bind(advertiser, "ru");
        digests.setSubscribed(chat, advertiser.advertiserId(), true);
        int switchedOn = day.currentDay();
        day.set(switchedOn + 1);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Boolean>> claims = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            claims.add(pool.submit(() -> {
                go.await();
                return digests.claim(chat, advertiser.advertiserId(), switchedOn);
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

    /** The due digests of the advertiser: other tests' chats asked for theirs too. */
    private static List<Digest> due(Advertiser advertiser) {
        return digests.due().stream().filter(digest -> digest.advertiserId().equals(advertiser.advertiserId())).toList();
    }

    /** Binds a new chat that speaks the language to the advertiser with an invite, as the bot does. */
    private static long bind(Advertiser advertiser, String language) {
        advertisers.upsertAll(List.of(advertiser));
        long chat = CHATS.incrementAndGet();
        access.redeem(access.createInvite(advertiser.advertiserId()).token(), chat, ChatKind.PRIVATE, language);
        return chat;
    }
}
