package adengine.core.access;

import adengine.core.advertiser.Advertiser;
import adengine.core.advertiser.AdvertiserService;
import adengine.core.common.ConflictException;
import adengine.core.common.FieldProblem;
import adengine.core.common.ForbiddenException;
import adengine.core.common.NotFoundException;
import adengine.core.common.Rule;
import adengine.core.common.Validator;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Who may use the Telegram bot for what. A private chat manages an advertiser after using one of
 * its one-time invites; a group only when an admin allowed that group first. Admins (named in the
 * configuration, or the first user to send the claim code of a deployment that names none) manage
 * every advertiser, and may revoke unused invites and remove bindings, which takes effect on the
 * chat's next update.
 */
public final class AccessService {
    private static final Logger LOG = LoggerFactory.getLogger(AccessService.class);
    public static final Duration DEFAULT_INVITE_LIFETIME = Duration.ofDays(7);
    /** Telegram usernames: 5 to 32 letters, digits and underscores. */
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9_]{5,32}");
    /** The language of a binding: an ISO 639-1 code, as the bot names the languages it speaks. */
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}");

    private final AccessRepository access;
    private final AdvertiserService advertisers;
    private final Clock clock;
    private final Set<Long> configuredAdmins;
    private final Duration inviteLifetime;
    private final AdminClaim claim;
    private final Tokens tokens = new Tokens();

    public AccessService(AccessRepository access, AdvertiserService advertisers, Clock clock, Set<Long> configuredAdmins,
            ClaimCodeStore claimCodes) {
        this(access, advertisers, clock, configuredAdmins, claimCodes, DEFAULT_INVITE_LIFETIME);
    }

    public AccessService(AccessRepository access, AdvertiserService advertisers, Clock clock, Set<Long> configuredAdmins,
            ClaimCodeStore claimCodes, Duration inviteLifetime) {
        this.access = Objects.requireNonNull(access);
        this.advertisers = Objects.requireNonNull(advertisers);
        this.clock = Objects.requireNonNull(clock);
        this.configuredAdmins = Set.copyOf(configuredAdmins);
        if (inviteLifetime.isNegative() || inviteLifetime.isZero()) {
            throw new IllegalArgumentException("an invite must live for some time, got " + inviteLifetime);
        }
        this.inviteLifetime = inviteLifetime;
        this.claim = new AdminClaim(access, claimCodes, !this.configuredAdmins.isEmpty(), clock);
    }

    /** A new invite of an existing advertiser, valid for the invite lifetime. */
    public Invite createInvite(UUID advertiserId) {
        new Validator().require("advertiser_id", advertiserId).throwIfInvalid();
        advertisers.get(advertiserId);
        // whole seconds: the expiry is shown to people, and stored exactly
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        UUID inviteId = UUID.randomUUID();
        String token = tokens.next();
        Instant expiresAt = now.plus(inviteLifetime);
        access.insertInvite(inviteId, Tokens.hash(token), advertiserId, now, expiresAt);
        return new Invite(inviteId, token, advertiserId, expiresAt,
                botUsername().map(bot -> "https://t.me/" + bot + "?start=" + token));
    }

    /**
     * Uses the invite for the chat, which the bot speaks to in {@code language}; each invite binds
     * one chat, once, even when several use it at the same moment. In a group no admin allowed, the
     * invite is refused and stays unused.
     */
    public Redemption redeem(String token, long chatId, ChatKind kind, String language) {
        new Validator()
                .check(chatId != 0, "chat_id", Rule.TELEGRAM_CHAT_ID)
                .require("chat_kind", kind)
                .check(isLanguage(language), "language", Rule.LANGUAGE_CODE)
                .throwIfInvalid();
        if (!Tokens.isWellFormed(token)) {
            return Redemption.invalid();
        }
        if (kind == ChatKind.GROUP && !access.isAllowedGroup(chatId)) {
            return Redemption.groupNotAllowed();
        }
        String hash = Tokens.hash(token);
        Optional<UUID> advertiserId = access.useInvite(hash, chatId, kind, language, clock.instant());
        if (advertiserId.isPresent()) {
            LOG.info("A {} chat was bound to advertiser {} with an invite", kind, advertiserId.get());
            return Redemption.bound(advertisers.get(advertiserId.get()));
        }
        // an unused invite is refused only when its time is over
        return access.isUnusedInvite(hash) ? Redemption.expired() : Redemption.invalid();
    }

    /** The advertiser's invites that a chat could still use, oldest first; never their tokens. */
    public List<IssuedInvite> openInvites(UUID advertiserId) {
        existingAdvertiser(advertiserId);
        return access.openInvites(advertiserId, clock.instant());
    }

    /** The invite with this id, whatever its state. */
    public IssuedInvite invite(UUID inviteId) {
        new Validator().require("invite_id", inviteId).throwIfInvalid();
        return access.findInvite(inviteId).orElseThrow(() -> new NotFoundException("invite", inviteId));
    }

    /**
     * Revokes an unused invite of the advertiser, so that its link is refused from now on. An
     * invite of another advertiser, or one revoked already, is not found; a used one is a
     * conflict: the chat it bound is removed with {@link #unbind} instead.
     */
    public IssuedInvite revokeInvite(UUID advertiserId, UUID inviteId) {
        existingAdvertiser(advertiserId);
        IssuedInvite invite = access.findInvite(inviteId)
                .filter(found -> found.advertiserId().equals(advertiserId) && !found.revoked())
                .orElseThrow(() -> new NotFoundException("invite", inviteId));
        if (invite.used() || !access.revokeInvite(inviteId, clock.instant())) {
            throw new ConflictException(new FieldProblem("invite_id", Rule.INVITE_USED));
        }
        LOG.info("Invite {} of advertiser {} was revoked", inviteId, advertiserId);
        return invite(inviteId);
    }

    /** The chats bound to the advertiser, whether their binding gives access now or not, oldest first. */
    public List<ChatBinding> chatsOf(UUID advertiserId) {
        existingAdvertiser(advertiserId);
        return access.chatsOf(advertiserId);
    }

    /**
     * The bot now speaks {@code language} in the chat (its latest update's): its bindings keep it
     * for what the bot later sends unasked. Cheap when nothing changed: only a differing binding is written.
     */
    public void recordLanguage(long chatId, String language) {
        new Validator().check(isLanguage(language), "language", Rule.LANGUAGE_CODE).throwIfInvalid();
        access.setLanguage(chatId, language);
    }

    private static boolean isLanguage(String language) {
        return language != null && LANGUAGE.matcher(language).matches();
    }

    /** Removes the chat's binding to the advertiser; the chat's next update no longer reaches it. */
    public void unbind(UUID advertiserId, long chatId) {
        existingAdvertiser(advertiserId);
        if (!access.unbind(chatId, advertiserId)) {
            throw new NotFoundException("chat", chatId);
        }
        LOG.info("A chat was unbound from advertiser {}", advertiserId);
    }

    /**
     * Lets the group use invites, and its bindings give access, to everyone in it now and later;
     * only an admin may, and only for a group.
     */
    public void allowGroup(long chatId, ChatKind kind, long userId) {
        new Validator().check(kind == ChatKind.GROUP, "chat_id", Rule.GROUP_CHAT).throwIfInvalid();
        requireAdmin(userId);
        access.allowGroup(chatId, userId, clock.instant());
        LOG.info("An admin allowed a group chat to use invites");
    }

    /** Takes the permission back and removes the group's bindings; true when it had either. */
    public boolean disallowGroup(long chatId, long userId) {
        requireAdmin(userId);
        boolean changed = access.disallowGroup(chatId);
        LOG.info("An admin took back a group chat's access ({})", changed ? "it had some" : "it had none");
        return changed;
    }

    private void requireAdmin(long userId) {
        if (!isAdmin(userId)) {
            throw new ForbiddenException("only the bot's admins may do this");
        }
    }

    private void existingAdvertiser(UUID advertiserId) {
        new Validator().require("advertiser_id", advertiserId).throwIfInvalid();
        advertisers.get(advertiserId);
    }

    /** The advertisers the chat has access to, by name. */
    public List<Advertiser> advertisersOf(long chatId) {
        return accessOf(chatId).advertisers();
    }

    /** The advertisers the chat has access to, by name, and the languages its bindings keep, in one read. */
    public ChatAccess accessOf(long chatId) {
        List<BoundAdvertiser> bound = access.advertisersOf(chatId);
        return new ChatAccess(bound.stream().map(BoundAdvertiser::advertiser)
                        .sorted(Comparator.comparing(Advertiser::name).thenComparing(Advertiser::advertiserId))
                        .toList(),
                bound.stream().map(BoundAdvertiser::language).collect(Collectors.toSet()));
    }

    public boolean isAdmin(long userId) {
        return configuredAdmins.contains(userId) || access.isClaimedAdmin(userId);
    }

    /**
     * Whether the user, writing in the chat, may manage the advertiser at this moment: admins
     * anywhere, others in a chat with access. Asked again right before every change.
     */
    public boolean mayManage(long chatId, long userId, UUID advertiserId) {
        return isAdmin(userId) || access.hasAccess(chatId, advertiserId);
    }

    /**
     * Called when the bot starts: while the deployment has no admin, makes sure a claim code waits
     * for the operator and says where; empty (and no code kept) once an admin exists.
     */
    public Optional<String> offerAdminClaim() {
        return claim.offer();
    }

    /** The code that makes its sender the admin, while the deployment has none; the same until it is used. */
    public Optional<String> adminClaimCode() {
        return claim.code();
    }

    /** Makes the user an admin if {@code code} is the current claim code; the code works once. */
    public boolean claimAdmin(String code, long userId) {
        return claim.claim(code, userId);
    }

    /** Called when the bot starts, so that every instance can build invite links. */
    public void recordBotUsername(String username) {
        new Validator()
                .require("username", username)
                .check(username == null || USERNAME.matcher(username).matches(), "username", Rule.BOT_USERNAME)
                .throwIfInvalid();
        access.saveBotUsername(username, clock.instant());
    }

    public Optional<String> botUsername() {
        return access.botUsername();
    }
}
