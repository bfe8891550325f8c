package adengine.core.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import adengine.core.access.Redemption.Status;
import adengine.core.advertiser.Advertiser;
import adengine.core.advertiser.AdvertiserService;
import adengine.core.common.NotFoundException;
import adengine.core.common.ValidationException;
import adengine.core.testing.InMemoryAccessRepository;
import adengine.core.testing.InMemoryAdvertiserRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class AccessServiceTest {
    private static final Instant NOW = Instant.parse("2024-03-01T10:00:00Z");
    private static final long CHAT = 1001;
    private static final long USER = 42;
    private static final long ADMIN = 7;

    private final InMemoryAdvertiserRepository advertiserStore = new InMemoryAdvertiserRepository();
    private final AdvertiserService advertisers = new AdvertiserService(advertiserStore);
    private final InMemoryAccessRepository store = new InMemoryAccessRepository(advertiserStore);
    private final AccessService access = at(NOW, Set.of(ADMIN));
    private final Advertiser advertiser = advertiser("Bakery");

    @Test
    void anInviteHasA32CharacterUrlSafeTokenAndLivesSevenDays() {
        Invite invite = access.createInvite(advertiser.advertiserId());

        assertTrue(invite.token().matches("[A-Za-z0-9_-]{32}"), invite.token());
        assertEquals(advertiser.advertiserId(), invite.advertiserId());
        assertEquals(NOW.plus(Duration.ofDays(7)), invite.expiresAt());
        assertEquals(Optional.empty(), invite.link(), "no link before the bot recorded its username");
    }

    @Test
    void onlyTheTokensHashIsStored() {
        Invite invite = access.createInvite(advertiser.advertiserId());

        assertEquals(Set.of(Tokens.hash(invite.token())), store.inviteKeys());
        assertTrue(Tokens.hash(invite.token()).matches("[0-9a-f]{64}"));
    }

    @Test
    void tokensAreRandom() {
        Set<String> tokens = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            tokens.add(access.createInvite(advertiser.advertiserId()).token());
        }

        assertEquals(1000, tokens.size());
    }

    @Test
    void theLifetimeIsConfigurable() {
        AccessService hourly = new AccessService(store, advertisers, Clock.fixed(NOW, ZoneOffset.UTC), Set.of(), Duration.ofHours(1));

        assertEquals(NOW.plus(Duration.ofHours(1)), hourly.createInvite(advertiser.advertiserId()).expiresAt());
    }

    @Test
    void theLinkOpensTheBotWithTheTokenOnceTheBotRecordedItsUsername() {
        access.recordBotUsername("adengine_bot");

        Invite invite = access.createInvite(advertiser.advertiserId());

        assertEquals(Optional.of("https://t.me/adengine_bot?start=" + invite.token()), invite.link());
        assertEquals(Optional.of("adengine_bot"), access.botUsername());
    }

    @Test
    void anInviteOfAnUnknownAdvertiserIsNotFound() {
        assertThrows(NotFoundException.class, () -> access.createInvite(UUID.randomUUID()));
        assertThrows(ValidationException.class, () -> access.createInvite(null));
        assertEquals(Set.of(), store.inviteKeys());
    }

    @Test
    void anInviteBindsTheFirstChatThatUsesItAndOnlyOnce() {
        String token = access.createInvite(advertiser.advertiserId()).token();

        Redemption first = access.redeem(token, CHAT);
        Redemption again = access.redeem(token, CHAT);
        Redemption otherChat = access.redeem(token, CHAT + 1);

        assertEquals(Redemption.bound(advertiser), first);
        assertEquals(Redemption.invalid(), again);
        assertEquals(Redemption.invalid(), otherChat);
        assertEquals(List.of(advertiser), access.advertisersOf(CHAT));
        assertEquals(List.of(), access.advertisersOf(CHAT + 1));
    }

    @Test
    void anInviteExpiresAtTheEndOfItsLifetime() {
        String stale = access.createInvite(advertiser.advertiserId()).token();
        String fresh = access.createInvite(advertiser.advertiserId()).token();

        Redemption lastSecond = at(NOW.plus(Duration.ofDays(7)).minusSeconds(1), Set.of()).redeem(fresh, CHAT);
        Redemption expired = at(NOW.plus(Duration.ofDays(7)), Set.of()).redeem(stale, CHAT);

        assertEquals(Status.BOUND, lastSecond.status());
        assertEquals(Redemption.expired(), expired);
    }

    @Test
    void aUsedInviteIsInvalidEvenAfterItsExpiry() {
        String token = access.createInvite(advertiser.advertiserId()).token();
        access.redeem(token, CHAT);

        assertEquals(Redemption.invalid(), at(NOW.plus(Duration.ofDays(30)), Set.of()).redeem(token, CHAT));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "short", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+",
        "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\u00c4"})
    void unknownOrMalformedTokensAreInvalid(String token) {
        access.createInvite(advertiser.advertiserId());

        assertEquals(Redemption.invalid(), access.redeem(token, CHAT));
        assertEquals(List.of(), access.advertisersOf(CHAT));
    }

    @Test
    void aChatOfNoTelegramIdIsRejected() {
        String token = access.createInvite(advertiser.advertiserId()).token();

        assertThrows(ValidationException.class, () -> access.redeem(token, 0));
    }

    @Test
    void aChatManagesSeveralAdvertisersListedByName() {
        Advertiser zoo = advertiser("Zoo");
        Advertiser apple = advertiser("Apple");
        for (Advertiser each : List.of(zoo, advertiser, apple)) {
            access.redeem(access.createInvite(each.advertiserId()).token(), CHAT);
        }

        assertEquals(List.of(apple, advertiser, zoo), access.advertisersOf(CHAT));
    }

    @Test
    void anAdvertiserMayHaveSeveralChats() {
        access.redeem(access.createInvite(advertiser.advertiserId()).token(), CHAT);
        access.redeem(access.createInvite(advertiser.advertiserId()).token(), CHAT + 1);

        assertTrue(access.mayManage(CHAT, USER, advertiser.advertiserId()));
        assertTrue(access.mayManage(CHAT + 1, USER, advertiser.advertiserId()));
    }

    @Test
    void aBoundChatManagesItsAdvertiserOnlyAndAnAdminManagesEveryAdvertiserAnywhere() {
        Advertiser other = advertiser("Other");
        access.redeem(access.createInvite(advertiser.advertiserId()).token(), CHAT);

        assertTrue(access.mayManage(CHAT, USER, advertiser.advertiserId()));
        assertFalse(access.mayManage(CHAT, USER, other.advertiserId()));
        assertFalse(access.mayManage(CHAT + 1, USER, advertiser.advertiserId()));
        assertTrue(access.mayManage(CHAT + 1, ADMIN, other.advertiserId()));
        assertTrue(access.isAdmin(ADMIN));
        assertFalse(access.isAdmin(USER));
    }

    @Test
    void withConfiguredAdminsThereIsNoClaimCode() {
        assertEquals(Optional.empty(), access.adminClaimCode());
        assertFalse(access.claimAdmin("anything", USER));
    }

    @Test
    void withoutAdminsTheClaimCodeIsStableUntilItsOneUse() {
        AccessService unclaimed = at(NOW, Set.of());
        String code = unclaimed.adminClaimCode().orElseThrow();

        boolean wrong = unclaimed.claimAdmin(code.substring(1), USER);
        boolean right = unclaimed.claimAdmin(code, USER);
        boolean again = unclaimed.claimAdmin(code, USER + 1);

        assertTrue(code.matches("[A-Za-z0-9_-]{32}"), code);
        assertFalse(wrong);
        assertTrue(right);
        assertFalse(again, "the code works once");
        assertTrue(unclaimed.isAdmin(USER));
        assertFalse(unclaimed.isAdmin(USER + 1));
        assertEquals(Optional.empty(), unclaimed.adminClaimCode());
    }

    @Test
    void theClaimCodeIsTheSameUntilUsedAndDiffersBetweenProcesses() {
        AccessService one = at(NOW, Set.of());
        AccessService another = at(NOW, Set.of());

        String offered = one.adminClaimCode().orElseThrow();

        assertEquals(offered, one.adminClaimCode().orElseThrow(), "asked again before use");
        assertNotEquals(offered, another.adminClaimCode().orElseThrow());
    }

    @Test
    void onceAnAdminIsClaimedNoProcessOffersOrHonoursACode() {
        AccessService one = at(NOW, Set.of());
        AccessService another = at(NOW, Set.of());
        String otherCode = another.adminClaimCode().orElseThrow();

        one.claimAdmin(one.adminClaimCode().orElseThrow(), USER);

        assertEquals(Optional.empty(), another.adminClaimCode());
        assertFalse(another.claimAdmin(otherCode, USER + 1));
        assertTrue(another.isAdmin(USER), "a claimed admin is seen by every process");
    }

    @Test
    void aClaimNeedsATelegramUserAndACode() {
        AccessService unclaimed = at(NOW, Set.of());

        assertThrows(ValidationException.class, () -> unclaimed.claimAdmin(unclaimed.adminClaimCode().orElseThrow(), 0));
        assertFalse(unclaimed.claimAdmin(null, USER));
        assertTrue(unclaimed.adminClaimCode().isPresent());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"abcd", "with space", "@adengine_bot", "a_name_that_is_far_too_long_for_tg"})
    void aBotUsernameOutsideTelegramsRulesIsRejected(String username) {
        ValidationException rejected = assertThrows(ValidationException.class, () -> access.recordBotUsername(username));

        assertEquals("username", rejected.problems().get(0).field());
        assertEquals(Optional.empty(), access.botUsername());
    }

    private AccessService at(Instant now, Set<Long> admins) {
        return new AccessService(store, advertisers, Clock.fixed(now, ZoneOffset.UTC), admins);
    }

    private Advertiser advertiser(String name) {
        Advertiser created = new Advertiser(UUID.randomUUID(), name);
        advertiserStore.upsertAll(List.of(created));
        return created;
    }
}
