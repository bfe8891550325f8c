package adengine.core.access;

import adengine.core.advertiser.Advertiser;
import adengine.core.advertiser.AdvertiserService;
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
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Who may use the Telegram bot for what. A chat manages an advertiser after using one of its
 * one-time invites; admins (named in the configuration, or the first user to send the claim code
 * of a deployment that names none) manage every advertiser.
 */
public final class AccessService {
    private static final Logger LOG = LoggerFactory.getLogger(AccessService.class);
    public static final Duration DEFAULT_INVITE_LIFETIME = Duration.ofDays(7);
    /** Telegram usernames: 5 to 32 letters, digits and underscores. */
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9_]{5,32}");

    private final AccessRepository access;
    private final AdvertiserService advertisers;
    private final Clock clock;
    private final Set<Long> configuredAdmins;
    private final Duration inviteLifetime;
    private final Tokens tokens = new Tokens();
    /** Generated once per process, so that the program can log it at start. */
    private final String claimCode = tokens.next();
    private final AtomicBoolean claimCodeUsed = new AtomicBoolean();

    public AccessService(AccessRepository access, AdvertiserService advertisers, Clock clock, Set<Long> configuredAdmins) {
        this(access, advertisers, clock, configuredAdmins, DEFAULT_INVITE_LIFETIME);
    }

    public AccessService(AccessRepository access, AdvertiserService advertisers, Clock clock, Set<Long> configuredAdmins,
            Duration inviteLifetime) {
        this.access = Objects.requireNonNull(access);
        this.advertisers = Objects.requireNonNull(advertisers);
        this.clock = Objects.requireNonNull(clock);
        this.configuredAdmins = Set.copyOf(configuredAdmins);
        if (inviteLifetime.isNegative() || inviteLifetime.isZero()) {
            throw new IllegalArgumentException("an invite must live for some time, got " + inviteLifetime);
        }
        this.inviteLifetime = inviteLifetime;
    }

    /** A new invite of an existing advertiser, valid for the invite lifetime. */
    public Invite createInvite(UUID advertiserId) {
        new Validator().require("advertiser_id", advertiserId).throwIfInvalid();
        advertisers.get(advertiserId);
        // whole seconds: the expiry is shown to people, and stored exactly
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        String token = tokens.next();
        Instant expiresAt = now.plus(inviteLifetime);
        access.insertInvite(Tokens.hash(token), advertiserId, now, expiresAt);
        return new Invite(token, advertiserId, expiresAt, botUsername().map(bot -> "https://t.me/" + bot + "?start=" + token));
    }

    /** Uses the invite for the chat; each invite binds one chat, once, even when several use it at the same moment. */
    public Redemption redeem(String token, long chatId) {
        new Validator().check(chatId != 0, "chat_id", "must be a Telegram chat id").throwIfInvalid();
        if (!Tokens.isWellFormed(token)) {
            return Redemption.invalid();
        }
        String hash = Tokens.hash(token);
        Optional<UUID> advertiserId = access.useInvite(hash, chatId, clock.instant());
        if (advertiserId.isPresent()) {
            LOG.info("A chat was bound to advertiser {} with an invite", advertiserId.get());
            return Redemption.bound(advertisers.get(advertiserId.get()));
        }
        // an unused invite is refused only when its time is over
        return access.isUnusedInvite(hash) ? Redemption.expired() : Redemption.invalid();
    }

    /** The advertisers the chat manages, by name. */
    public List<Advertiser> advertisersOf(long chatId) {
        return access.advertisersOf(chatId).stream()
                .sorted(Comparator.comparing(Advertiser::name).thenComparing(Advertiser::advertiserId))
                .toList();
    }

    public boolean isAdmin(long userId) {
        return configuredAdmins.contains(userId) || access.isClaimedAdmin(userId);
    }

    /** Whether the user, writing in the chat, may manage the advertiser: admins anywhere, others in a bound chat. */
    public boolean mayManage(long chatId, long userId, UUID advertiserId) {
        return isAdmin(userId) || access.isBound(chatId, advertiserId);
    }

    /**
     * The code that makes its sender the admin, while the deployment has none (none configured,
     * none claimed); the same code for the whole life of this process until it is used.
     */
    public Optional<String> adminClaimCode() {
        if (!configuredAdmins.isEmpty() || claimCodeUsed.get() || access.anyClaimedAdmin()) {
            return Optional.empty();
        }
        return Optional.of(claimCode);
    }

    /** Makes the user an admin if {@code code} is the current claim code; the code works once. */
    public boolean claimAdmin(String code, long userId) {
        new Validator().check(userId > 0, "user_id", "must be a Telegram user id").throwIfInvalid();
        Optional<String> expected = adminClaimCode();
        if (code == null || expected.isEmpty() || !Tokens.constantTimeEquals(expected.get(), code)) {
            return false;
        }
        boolean claimed = claimCodeUsed.compareAndSet(false, true) && access.claimFirstAdmin(userId, clock.instant());
        if (claimed) {
            LOG.info("The bot admin role was claimed with the claim code");
        }
        return claimed;
    }

    /** Called when the bot starts, so that every instance can build invite links. */
    public void recordBotUsername(String username) {
        new Validator()
                .require("username", username)
                .check(username == null || USERNAME.matcher(username).matches(), "username",
                        "must be 5 to 32 characters of A-Z a-z 0-9 _")
                .throwIfInvalid();
        access.saveBotUsername(username, clock.instant());
    }

    public Optional<String> botUsername() {
        return access.botUsername();
    }
}
