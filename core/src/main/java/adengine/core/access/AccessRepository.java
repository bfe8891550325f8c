package adengine.core.access;

import adengine.core.advertiser.Advertiser;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Storage of bot access: invites (by token hash), chats bound to advertisers, claimed admins, the bot's username. */
public interface AccessRepository {
    void insertInvite(String tokenHash, UUID advertiserId, Instant createdAt, Instant expiresAt);

    /**
     * Marks the invite used by {@code chatId} if it is unused and expires after {@code now}, and
     * binds the chat to its advertiser, in one transaction; returns that advertiser. Empty when
     * the invite is unknown, used or expired. Of concurrent calls for one invite, at most one succeeds.
     */
    Optional<UUID> useInvite(String tokenHash, long chatId, Instant now);

    /** Whether the invite exists and was never used. */
    boolean isUnusedInvite(String tokenHash);

    /** The advertisers the chat is bound to, in no particular order. */
    List<Advertiser> advertisersOf(long chatId);

    boolean isBound(long chatId, UUID advertiserId);

    boolean isClaimedAdmin(long userId);

    boolean anyClaimedAdmin();

    /** Stores the user as admin unless some admin was claimed before; true when stored. */
    boolean claimFirstAdmin(long userId, Instant at);

    /** Inserts or replaces the bot's username. */
    void saveBotUsername(String username, Instant at);

    Optional<String> botUsername();
}
