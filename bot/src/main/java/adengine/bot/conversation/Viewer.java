package adengine.bot.conversation;

import adengine.core.access.ChatKind;
import adengine.core.advertiser.Advertiser;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Who is speaking, where, and what they may reach as the update arrived: admins everything, others
 * the advertisers their chat has access to. Changes re-check with the access service at the moment
 * they are made.
 */
public record Viewer(long chatId, ChatKind chatKind, long userId, boolean admin, List<Advertiser> advertisers) {
    public Viewer {
        Objects.requireNonNull(chatKind, "chatKind");
        advertisers = List.copyOf(advertisers);
    }

    public boolean stranger() {
        return !admin && advertisers.isEmpty();
    }

    public boolean mayManage(UUID advertiserId) {
        return admin || bound(advertiserId);
    }

    /** Whether the chat's own binding gives it the advertiser (an admin may manage others without one). */
    public boolean bound(UUID advertiserId) {
        return advertisers.stream().anyMatch(advertiser -> advertiser.advertiserId().equals(advertiserId));
    }
}
