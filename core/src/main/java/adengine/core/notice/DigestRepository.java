package adengine.core.notice;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Storage side of daily digests: which chat asked for which advertiser's, which are due, and which were claimed for sending. */
public interface DigestRepository {
    /**
     * Switches the digest of the chat's binding to the advertiser on, from {@code fromDay}'s on;
     * one switched on already keeps its first day. False when the chat is not bound to it.
     */
    boolean subscribe(long chatId, UUID advertiserId, int fromDay);

    /** Switches the digest of the chat's binding to the advertiser off; false when the chat is not bound to it. */
    boolean unsubscribe(long chatId, UUID advertiserId);

    boolean subscribed(long chatId, UUID advertiserId);

    /**
     * The digests of {@code day} for chats with access to their advertiser that switched them on
     * that day or before, each only while not claimed for that chat; one per advertiser.
     */
    List<Digest> due(int day);

    /**
     * Records the chat's digest of that day as sent; true only for the one caller that recorded it,
     * false for a chat that no longer has it switched on.
     */
    boolean claim(long chatId, UUID advertiserId, int day, Instant at);
}
