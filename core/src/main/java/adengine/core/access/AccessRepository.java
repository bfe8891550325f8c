package adengine.core.access;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Storage of bot access: invites (by id, and by token hash for their use), chats bound to
 * advertisers, the groups admins allowed, claimed admins, the bot's username. A binding of a group
 * chat gives access only while that group is allowed; "access" below means exactly that.
 */
public interface AccessRepository {
    void insertInvite(UUID inviteId, String tokenHash, UUID advertiserId, Instant createdAt, Instant expiresAt);

    /**
     * Marks the invite used by {@code chatId} if it is unused, not revoked and expires after
     * {@code now}, and binds the chat (of that kind, speaking that language) to its advertiser, in
     * one transaction; returns that advertiser. Empty when the invite is unknown, used, revoked or
     * expired. Of concurrent calls for one invite, at most one succeeds.
     */
    Optional<UUID> useInvite(String tokenHash, long chatId, ChatKind kind, String language, Instant now);

    /** Whether the invite exists and was neither used nor revoked. */
    boolean isUnusedInvite(String tokenHash);

    /** The advertiser's invites that are unused, not revoked and not expired at {@code now}, oldest first. */
    List<IssuedInvite> openInvites(UUID advertiserId, Instant now);

    Optional<IssuedInvite> findInvite(UUID inviteId);

    /** Revokes the invite if it is neither used nor revoked; true when this call revoked it. */
    boolean revokeInvite(UUID inviteId, Instant at);

    /** The advertisers the chat has access to, with the language each binding keeps, in no particular order. */
    List<BoundAdvertiser> advertisersOf(long chatId);

    /** Whether the chat has access to the advertiser now. */
    boolean hasAccess(long chatId, UUID advertiserId);

    /** Every chat bound to the advertiser, active or not, oldest binding first. */
    List<ChatBinding> chatsOf(UUID advertiserId);

    /** Sets the language of the chat's bindings, writing only those whose language differs. */
    void setLanguage(long chatId, String language);

    /** Removes the binding; true when there was one. */
    boolean unbind(long chatId, UUID advertiserId);

    /** Records that the group may use invites, and that its bindings give access; again is harmless. */
    void allowGroup(long chatId, long adminUserId, Instant at);

    /** Takes the group's permission back and removes its bindings, in one transaction; true when it had either. */
    boolean disallowGroup(long chatId);

    boolean isAllowedGroup(long chatId);

    boolean isClaimedAdmin(long userId);

    boolean anyClaimedAdmin();

    /** Stores the user as admin unless some admin was claimed before; true when stored. */
    boolean claimFirstAdmin(long userId, Instant at);

    /** Inserts or replaces the bot's username. */
    void saveBotUsername(String username, Instant at);

    Optional<String> botUsername();
}
