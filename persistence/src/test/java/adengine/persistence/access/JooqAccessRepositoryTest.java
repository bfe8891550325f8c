package adengine.persistence.access;

import static adengine.persistence.schema.Tables.ADVERTISER_CHATS;
import static adengine.persistence.schema.Tables.BOT_INVITES;
import static org.jooq.impl.DSL.field;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import adengine.core.access.AccessService;
import adengine.core.access.ChatAccess;
import adengine.core.access.ChatBinding;
import adengine.core.access.ChatKind;
import adengine.core.access.IssuedInvite;
import adengine.core.access.Invite;
import adengine.core.access.Redemption;
import adengine.core.access.Redemption.Status;
import adengine.core.advertiser.Advertiser;
import adengine.core.advertiser.AdvertiserService;
import adengine.core.common.ConflictException;
import adengine.core.testing.Fixtures;
import adengine.core.testing.InMemoryClaimCodeStore;
import adengine.persistence.advertiser.JooqAdvertiserRepository;
import adengine.persistence.db.Database;
import adengine.persistence.testing.TestInfrastructure;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.jooq.DSLContext;
import org.jooq.Record1;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Bot access through the core's AccessService over the real PostgreSQL. */
class JooqAccessRepositoryTest {
    private static final Instant NOW = Instant.parse("2024-03-01T10:00:00Z");
    private static final long ADMIN = 77;
    private static final AtomicLong CHATS = new AtomicLong(100_000);
    private static Database database;
    private static JooqAdvertiserRepository advertiserStore;
    private static AccessService access;

    @BeforeAll
    static void openDatabase() {
        database = Database.open(TestInfrastructure.get().freshDatabase());
        advertiserStore = new JooqAdvertiserRepository(database.dsl());
        access = at(NOW);
    }

    @AfterAll
    static void closeDatabase() {
        database.close();
    }

    @Test
    void oneTokenRedeemedBy8ThreadsAtOnceBindsExactlyOneChat() throws Exception {
        Advertiser advertiser = advertiser();
        String token = access.createInvite(advertiser.advertiserId()).token();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch go = new CountDownLatch(1);
        List<Long> chats = new ArrayList<>();
        List<Future<Redemption>> outcomes = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            long chat = chat();
            chats.add(chat);
            outcomes.add(pool.submit(() -> {
                go.await();
                return access.redeem(token, chat, ChatKind.PRIVATE, "ru");
            }));
        }
        go.countDown();
        List<Redemption> redemptions = new ArrayList<>();
        for (Future<Redemption> outcome : outcomes) {
            redemptions.add(outcome.get());
        }
        pool.shutdown();

        assertEquals(1, redemptions.stream().filter(r -> r.status() == Status.BOUND).count(), redemptions.toString());
        assertEquals(7, redemptions.stream().filter(r -> r.status() == Status.INVALID).count(), redemptions.toString());
        assertEquals(1, chats.stream().filter(chat -> access.mayManage(chat, 1, advertiser.advertiserId())).count());
    }

    @Test
    void anInviteIsStoredByItsHashAndBindsItsAdvertiser() {
        Advertiser advertiser = advertiser();
        long chat = chat();
        Invite invite = access.createInvite(advertiser.advertiserId());

        Redemption redemption = access.redeem(invite.token(), chat, ChatKind.PRIVATE, "ru");

        assertEquals(Redemption.bound(advertiser), redemption);
        assertEquals(List.of(advertiser), access.advertisersOf(chat));
        assertTrue(access.mayManage(chat, 1, advertiser.advertiserId()));
        DSLContext dsl = database.dsl();
        assertEquals(0, dsl.fetchCount(BOT_INVITES, BOT_INVITES.TOKEN_HASH.eq(invite.token())));
        assertEquals(chat, dsl.select(BOT_INVITES.USED_BY_CHAT)
                .from(BOT_INVITES)
                .where(BOT_INVITES.ADVERTISER_ID.eq(advertiser.advertiserId()))
                .fetchSingle(BOT_INVITES.USED_BY_CHAT));
    }

    @Test
    void anExpiredInviteIsRefusedAndBindsNothing() {
        Advertiser advertiser = advertiser();
        long chat = chat();
        String token = access.createInvite(advertiser.advertiserId()).token();

        Redemption late = at(NOW.plus(Duration.ofDays(7))).redeem(token, chat, ChatKind.PRIVATE, "ru");

        assertEquals(Redemption.expired(), late);
        assertEquals(List.of(), access.advertisersOf(chat));
        assertEquals(Redemption.invalid(), access.redeem("A".repeat(32), chat, ChatKind.PRIVATE, "ru"));
    }

    @Test
    void aChatListsItsAdvertisersByNameAndASecondInviteOfTheSamePairIsHarmless() {
        Advertiser zoo = advertiser("Zoo");
        Advertiser apple = advertiser("Apple");
        long chat = chat();
        for (Advertiser each : List.of(zoo, apple, zoo)) {
            assertEquals(Status.BOUND, access.redeem(access.createInvite(each.advertiserId()).token(), chat, ChatKind.PRIVATE, "ru").status());
        }

        assertEquals(List.of(apple, zoo), access.advertisersOf(chat));
    }

    @Test
    void aRevokedInviteBindsNothingAndOnlyOpenInvitesAreListed() {
        Advertiser advertiser = advertiser();
        Invite open = access.createInvite(advertiser.advertiserId());
        Invite revoked = access.createInvite(advertiser.advertiserId());
        Invite used = access.createInvite(advertiser.advertiserId());
        access.redeem(used.token(), chat(), ChatKind.PRIVATE, "ru");
        long chat = chat();

        access.revokeInvite(advertiser.advertiserId(), revoked.inviteId());

        assertEquals(Redemption.invalid(), access.redeem(revoked.token(), chat, ChatKind.PRIVATE, "ru"));
        assertEquals(List.of(), access.advertisersOf(chat));
        assertEquals(List.of(new IssuedInvite(open.inviteId(), advertiser.advertiserId(), NOW, open.expiresAt(), false, false)),
                access.openInvites(advertiser.advertiserId()));
        assertEquals(List.of(), at(open.expiresAt()).openInvites(advertiser.advertiserId()), "an expired invite is not open");
        assertTrue(access.invite(revoked.inviteId()).revoked());
        assertTrue(access.invite(used.inviteId()).used());
        assertThrows(ConflictException.class, () -> access.revokeInvite(advertiser.advertiserId(), used.inviteId()));
    }

    @Test
    void aGroupBindsOnlyOnceAllowedAndLosesEverythingWhenTakenBack() {
        Advertiser advertiser = advertiser();
        long group = -chat();
        String token = access.createInvite(advertiser.advertiserId()).token();

        Redemption refused = access.redeem(token, group, ChatKind.GROUP, "ru");
        access.allowGroup(group, ChatKind.GROUP, ADMIN);
        Redemption bound = access.redeem(token, group, ChatKind.GROUP, "en");
        List<ChatBinding> chats = access.chatsOf(advertiser.advertiserId());
        access.disallowGroup(group, ADMIN);

        assertEquals(Redemption.groupNotAllowed(), refused);
        assertEquals(Redemption.bound(advertiser), bound);
        assertEquals(List.of(new ChatBinding(group, advertiser.advertiserId(), ChatKind.GROUP, "en", NOW, true)), chats);
        assertEquals(List.of(), access.chatsOf(advertiser.advertiserId()));
        assertFalse(access.mayManage(group, 1, advertiser.advertiserId()));
    }

    @Test
    void aGroupBoundBeforeGroupsNeededAllowingStaysListedButGivesNoAccessUntilAllowed() {
        Advertiser advertiser = advertiser();
        long group = -chat();
        database.dsl().insertInto(ADVERTISER_CHATS, ADVERTISER_CHATS.CHAT_ID, ADVERTISER_CHATS.ADVERTISER_ID, ADVERTISER_CHATS.CHAT_TYPE,
                        ADVERTISER_CHATS.LANGUAGE, ADVERTISER_CHATS.BOUND_AT)
                .values(group, advertiser.advertiserId(), "GROUP", "ru", NOW.atOffset(ZoneOffset.UTC))
                .execute();

        List<ChatBinding> inactive = access.chatsOf(advertiser.advertiserId());
        boolean accessBefore = access.mayManage(group, 1, advertiser.advertiserId());
        access.allowGroup(group, ChatKind.GROUP, ADMIN);

        assertEquals(List.of(new ChatBinding(group, advertiser.advertiserId(), ChatKind.GROUP, "ru", NOW, false)), inactive);
        assertFalse(accessBefore);
        assertEquals(List.of(advertiser), access.advertisersOf(group));
        access.unbind(advertiser.advertiserId(), group);
        assertEquals(List.of(), access.advertisersOf(group));
    }

    @Test
    void aChatKeepsTheLanguageOfItsBindingAndItIsWrittenOnlyWhenItChanges() {
        Advertiser advertiser = advertiser();
        Advertiser other = advertiser();
        long chat = chat();
        access.redeem(access.createInvite(advertiser.advertiserId()).token(), chat, ChatKind.PRIVATE, "ru");
        access.redeem(access.createInvite(other.advertiserId()).token(), chat, ChatKind.PRIVATE, "ru");
        List<String> bound = lastWrites(chat);

        access.recordLanguage(chat, "ru");
        List<String> afterTheSameLanguage = lastWrites(chat);
        access.recordLanguage(chat, "en");

        assertEquals(bound, afterTheSameLanguage, "the same language again writes nothing");
        assertNotEquals(bound.get(0), lastWrites(chat).get(0));
        assertEquals("en", access.chatsOf(advertiser.advertiserId()).get(0).language());
        assertEquals("en", access.chatsOf(other.advertiserId()).get(0).language());
    }

    @Test
    void theChatsAccessIsReadWithTheLanguagesItsBindingsKeep() {
        Advertiser advertiser = advertiser();
        long chat = chat();
        access.redeem(access.createInvite(advertiser.advertiserId()).token(), chat, ChatKind.PRIVATE, "en");

        assertEquals(new ChatAccess(List.of(advertiser), Set.of("en")), access.accessOf(chat));
        access.recordLanguage(chat, "ru");
        assertEquals(Set.of("ru"), access.accessOf(chat).languages());
        assertEquals(new ChatAccess(List.of(), Set.of()), access.accessOf(chat()));
    }

    @Test
    void theFirstClaimedAdminIsStoredAndSeenByEveryProcess() {
        AccessService first = withoutConfiguredAdmins();
        AccessService second = withoutConfiguredAdmins();
        first.offerAdminClaim();
        second.offerAdminClaim();
        String secondCode = second.adminClaimCode().orElseThrow();

        assertTrue(first.claimAdmin(first.adminClaimCode().orElseThrow(), 555));

        assertTrue(second.isAdmin(555));
        assertEquals(Optional.empty(), second.adminClaimCode());
        assertFalse(second.claimAdmin(secondCode, 556));
        assertFalse(second.isAdmin(556));
    }

    @Test
    void theBotUsernameIsReplacedOnEachStart() {
        Advertiser advertiser = advertiser();
        access.recordBotUsername("old_name_bot");
        access.recordBotUsername("adengine_bot");

        Invite invite = access.createInvite(advertiser.advertiserId());

        assertEquals(Optional.of("adengine_bot"), at(NOW).botUsername());
        assertEquals(Optional.of("https://t.me/adengine_bot?start=" + invite.token()), invite.link());
    }

    private static AccessService at(Instant now) {
        return new AccessService(new JooqAccessRepository(database.dsl()), new AdvertiserService(advertiserStore),
                Clock.fixed(now, ZoneOffset.UTC), Set.of(ADMIN), new InMemoryClaimCodeStore());
    }

    /** A process of a deployment that names no admin, with a data folder of its own. */
    private static AccessService withoutConfiguredAdmins() {
        return new AccessService(new JooqAccessRepository(database.dsl()), new AdvertiserService(advertiserStore),
                Clock.fixed(NOW, ZoneOffset.UTC), Set.of(), new InMemoryClaimCodeStore());
    }

    private static Advertiser advertiser() {
        return advertiser(Fixtures.advertiser().name());
    }

    private static Advertiser advertiser(String name) {
        Advertiser advertiser = new Advertiser(UUID.randomUUID(), name);
        advertiserStore.upsertAll(List.of(advertiser));
        return advertiser;
    }

    /** The transactions that last wrote each binding of the chat (PostgreSQL's xmin), by advertiser. */
    private static List<String> lastWrites(long chat) {
        return database.dsl().select(field("xmin::text", String.class))
                .from(ADVERTISER_CHATS)
                .where(ADVERTISER_CHATS.CHAT_ID.eq(chat))
                .orderBy(ADVERTISER_CHATS.ADVERTISER_ID)
                .fetch(Record1::value1);
    }

    /** A chat id no other test of this class uses. */
    private static long chat() {
        return CHATS.incrementAndGet();
    }
}
