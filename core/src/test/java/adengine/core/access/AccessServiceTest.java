package adengine.core.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import adengine.core.access.Redemption.Status;
import adengine.core.advertiser.Advertiser;
import adengine.core.advertiser.AdvertiserService;
import adengine.core.common.ConflictException;
import adengine.core.common.ForbiddenException;
import adengine.core.common.NotFoundException;
import adengine.core.common.ValidationException;
import adengine.core.testing.InMemoryAccessRepository;
import adengine.core.testing.InMemoryAdvertiserRepository;
import adengine.core.testing.InMemoryClaimCodeStore;
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
    private static final long GROUP = -1002003004005L;

    private final InMemoryAdvertiserRepository advertiserStore = new InMemoryAdvertiserRepository();
    private final AdvertiserService advertisers = new AdvertiserService(advertiserStore);
    private final InMemoryAccessRepository store = new InMemoryAccessRepository(advertiserStore);
    private final InMemoryClaimCodeStore claimCodes = new InMemoryClaimCodeStore();
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
        AccessService hourly = new AccessService(store, advertisers, Clock.fixed(NOW, ZoneOffset.UTC), Set.of(), new InMemoryClaimCodeStore(),
                Duration.ofHours(1));

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

        Redemption first = access.redeem(token, CHAT, ChatKind.PRIVATE, "ru");
        Redemption again = access.redeem(token, CHAT, ChatKind.PRIVATE, "ru");
        Redemption otherChat = access.redeem(token, CHAT + 1, ChatKind.PRIVATE, "ru");

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

        Redemption lastSecond = at(NOW.plus(Duration.ofDays(7)).minusSeconds(1), Set.of()).redeem(fresh, CHAT, ChatKind.PRIVATE, "ru");
        Redemption expired = at(NOW.plus(Duration.ofDays(7)), Set.of()).redeem(stale, CHAT, ChatKind.PRIVATE, "ru");

        assertEquals(Status.BOUND, lastSecond.status());
        assertEquals(Redemption.expired(), expired);
    }

    @Test
    void aUsedInviteIsInvalidEvenAfterItsExpiry() {
        String token = access.createInvite(advertiser.advertiserId()).token();
        access.redeem(token, CHAT, ChatKind.PRIVATE, "ru");

        assertEquals(Redemption.invalid(), at(NOW.plus(Duration.ofDays(30)), Set.of()).redeem(token, CHAT, ChatKind.PRIVATE, "ru"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "short", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+",
        "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\u00c4"})
    void unknownOrMalformedTokensAreInvalid(String token) {
        access.createInvite(advertiser.advertiserId());

        assertEquals(Redemption.invalid(), access.redeem(token, CHAT, ChatKind.PRIVATE, "ru"));
        assertEquals(List.of(), access.advertisersOf(CHAT));
    }

    @Test
    void aChatOfNoTelegramIdIsRejected() {
        String token = access.createInvite(advertiser.advertiserId()).token();

        assertThrows(ValidationException.class, () -> access.redeem(token, 0, ChatKind.PRIVATE, "ru"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"e", "EN", "en-US", "eng"})
    void aBindingKeepsOnlyATwoLetterLanguageCode(String language) {
        String token = access.createInvite(advertiser.advertiserId()).token();

        assertThrows(ValidationException.class, () -> access.redeem(token, CHAT, ChatKind.PRIVATE, language));
        assertThrows(ValidationException.class, () -> access.recordLanguage(CHAT, language));
        assertEquals(List.of(), access.advertisersOf(CHAT));
    }

    @Test
    void everyBindingOfAChatTakesTheLanguageItLastSpokeIn() {
        Advertiser other = advertiser("Other");
        access.redeem(access.createInvite(advertiser.advertiserId()).token(), CHAT, ChatKind.PRIVATE, "ru");
        access.redeem(access.createInvite(other.advertiserId()).token(), CHAT, ChatKind.PRIVATE, "ru");
        access.redeem(access.createInvite(other.advertiserId()).token(), CHAT + 1, ChatKind.PRIVATE, "ru");

        access.recordLanguage(CHAT, "en");

        assertEquals(List.of("en"), access.chatsOf(advertiser.advertiserId()).stream().map(ChatBinding::language).toList());
        assertEquals(List.of("en", "ru"), access.chatsOf(other.advertiserId()).stream().map(ChatBinding::language).toList());
    }

    @Test
    void aChatManagesSeveralAdvertisersListedByName() {
        Advertiser zoo = advertiser("Zoo");
        Advertiser apple = advertiser("Apple");
        for (Advertiser each : List.of(zoo, advertiser, apple)) {
            access.redeem(access.createInvite(each.advertiserId()).token(), CHAT, ChatKind.PRIVATE, "ru");
        }

        assertEquals(List.of(apple, advertiser, zoo), access.advertisersOf(CHAT));
    }

    @Test
    void anAdvertiserMayHaveSeveralChats() {
        access.redeem(access.createInvite(advertiser.advertiserId()).token(), CHAT, ChatKind.PRIVATE, "ru");
        access.redeem(access.createInvite(advertiser.advertiserId()).token(), CHAT + 1, ChatKind.PRIVATE, "ru");

        assertTrue(access.mayManage(CHAT, USER, advertiser.advertiserId()));
        assertTrue(access.mayManage(CHAT + 1, USER, advertiser.advertiserId()));
    }

    @Test
    void aBoundChatManagesItsAdvertiserOnlyAndAnAdminManagesEveryAdvertiserAnywhere() {
        Advertiser other = advertiser("Other");
        access.redeem(access.createInvite(advertiser.advertiserId()).token(), CHAT, ChatKind.PRIVATE, "ru");

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
        unclaimed.offerAdminClaim();
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
    void theClaimCodeWaitsInTheStoreTheSameFromStartToStartUntilUsed() {
        AccessService firstStart = at(NOW, Set.of());
        Optional<String> where = firstStart.offerAdminClaim();
        String offered = firstStart.adminClaimCode().orElseThrow();

        AccessService secondStart = at(NOW, Set.of());
        secondStart.offerAdminClaim();
        AccessService elsewhere = at(NOW, Set.of(), new InMemoryClaimCodeStore());
        elsewhere.offerAdminClaim();

        assertEquals(Optional.of("memory"), where);
        assertEquals(Optional.of(offered), claimCodes.read());
        assertEquals(offered, secondStart.adminClaimCode().orElseThrow(), "a restart keeps the code");
        assertNotEquals(offered, elsewhere.adminClaimCode().orElseThrow(), "another data folder, another code");
        assertTrue(secondStart.claimAdmin(offered, USER));
        assertEquals(Optional.empty(), claimCodes.read(), "a used code is removed");
    }

    @Test
    void onceAnAdminExistsTheOfferRemovesAStaleCode() {
        claimCodes.write("A".repeat(32));

        Optional<String> offered = access.offerAdminClaim();

        assertEquals(Optional.empty(), offered);
        assertEquals(Optional.empty(), claimCodes.read());
    }

    @Test
    void onceAnAdminIsClaimedNoProcessOffersOrHonoursACode() {
        AccessService one = at(NOW, Set.of());
        AccessService another = at(NOW, Set.of(), new InMemoryClaimCodeStore());
        one.offerAdminClaim();
        another.offerAdminClaim();
        String otherCode = another.adminClaimCode().orElseThrow();

        one.claimAdmin(one.adminClaimCode().orElseThrow(), USER);

        assertEquals(Optional.empty(), another.adminClaimCode());
        assertFalse(another.claimAdmin(otherCode, USER + 1));
        assertTrue(another.isAdmin(USER), "a claimed admin is seen by every process");
    }

    @Test
    void aClaimNeedsATelegramUserAndACode() {
        AccessService unclaimed = at(NOW, Set.of());
        unclaimed.offerAdminClaim();

        assertThrows(ValidationException.class, () -> unclaimed.claimAdmin(unclaimed.adminClaimCode().orElseThrow(), 0));
        assertFalse(unclaimed.claimAdmin(null, USER));
        assertTrue(unclaimed.adminClaimCode().isPresent());
    }

    @Test
    void openInvitesAreListedWithoutTokensAndARevokedOneIsRefused() {
        Invite kept = access.createInvite(advertiser.advertiserId());
        Invite revoked = access.createInvite(advertiser.advertiserId());
        Invite used = access.createInvite(advertiser.advertiserId());
        access.redeem(used.token(), CHAT, ChatKind.PRIVATE, "ru");

        IssuedInvite result = access.revokeInvite(advertiser.advertiserId(), revoked.inviteId());

        assertTrue(result.revoked());
        assertEquals(List.of(kept.inviteId()), access.openInvites(advertiser.advertiserId()).stream().map(IssuedInvite::inviteId).toList());
        assertEquals(Redemption.invalid(), access.redeem(revoked.token(), CHAT + 1, ChatKind.PRIVATE, "ru"));
        assertEquals(List.of(), access.advertisersOf(CHAT + 1));
    }

    @Test
    void aUsedInviteCannotBeRevokedAndAnUnknownOrForeignOneIsNotFound() {
        Advertiser other = advertiser("Other");
        Invite used = access.createInvite(advertiser.advertiserId());
        access.redeem(used.token(), CHAT, ChatKind.PRIVATE, "ru");
        Invite foreign = access.createInvite(other.advertiserId());
        UUID advertiserId = advertiser.advertiserId();

        assertThrows(ConflictException.class, () -> access.revokeInvite(advertiserId, used.inviteId()));
        assertThrows(NotFoundException.class, () -> access.revokeInvite(advertiserId, foreign.inviteId()));
        assertThrows(NotFoundException.class, () -> access.revokeInvite(advertiserId, UUID.randomUUID()));
        access.revokeInvite(other.advertiserId(), foreign.inviteId());
        assertThrows(NotFoundException.class, () -> access.revokeInvite(other.advertiserId(), foreign.inviteId()), "revoked already");
        assertThrows(NotFoundException.class, () -> access.openInvites(UUID.randomUUID()));
    }

    @Test
    void aRemovedBindingTakesTheAdvertiserAwayAtOnce() {
        access.redeem(access.createInvite(advertiser.advertiserId()).token(), CHAT, ChatKind.PRIVATE, "ru");

        access.unbind(advertiser.advertiserId(), CHAT);

        assertFalse(access.mayManage(CHAT, USER, advertiser.advertiserId()));
        assertEquals(List.of(), access.advertisersOf(CHAT));
        assertEquals(List.of(), access.chatsOf(advertiser.advertiserId()));
        assertThrows(NotFoundException.class, () -> access.unbind(advertiser.advertiserId(), CHAT));
    }

    @Test
    void anInviteOpenedInAGroupNoAdminAllowedIsRefusedAndStaysUsable() {
        Invite invite = access.createInvite(advertiser.advertiserId());

        Redemption inGroup = access.redeem(invite.token(), GROUP, ChatKind.GROUP, "ru");
        Redemption inPrivate = access.redeem(invite.token(), CHAT, ChatKind.PRIVATE, "ru");

        assertEquals(Redemption.groupNotAllowed(), inGroup);
        assertEquals(Redemption.bound(advertiser), inPrivate);
        assertEquals(List.of(), access.advertisersOf(GROUP));
    }

    @Test
    void anAdminAllowsAGroupAndTakesItBackWithItsBindings() {
        assertThrows(ForbiddenException.class, () -> access.allowGroup(GROUP, ChatKind.GROUP, USER));
        assertThrows(ValidationException.class, () -> access.allowGroup(CHAT, ChatKind.PRIVATE, ADMIN));
        access.allowGroup(GROUP, ChatKind.GROUP, ADMIN);
        access.redeem(access.createInvite(advertiser.advertiserId()).token(), GROUP, ChatKind.GROUP, "en");
        List<ChatBinding> bound = access.chatsOf(advertiser.advertiserId());

        assertTrue(access.mayManage(GROUP, USER, advertiser.advertiserId()));
        assertEquals(List.of(new ChatBinding(GROUP, advertiser.advertiserId(), ChatKind.GROUP, "en", NOW, true)), bound);
        assertThrows(ForbiddenException.class, () -> access.disallowGroup(GROUP, USER));
        assertTrue(access.disallowGroup(GROUP, ADMIN));
        assertFalse(access.mayManage(GROUP, USER, advertiser.advertiserId()));
        assertEquals(List.of(), access.chatsOf(advertiser.advertiserId()));
        assertFalse(access.disallowGroup(GROUP, ADMIN), "nothing left to take back");
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
        return at(now, admins, claimCodes);
    }

    private AccessService at(Instant now, Set<Long> admins, ClaimCodeStore codes) {
        return new AccessService(store, advertisers, Clock.fixed(now, ZoneOffset.UTC), admins, codes);
    }

    private Advertiser advertiser(String name) {
        Advertiser created = new Advertiser(UUID.randomUUID(), name);
        advertiserStore.upsertAll(List.of(created));
        return created;
    }
}
