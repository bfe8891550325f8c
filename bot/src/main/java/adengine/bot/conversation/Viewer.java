package adengine.bot.conversation;

import adengine.core.access.ChatAccess;
import adengine.core.access.ChatKind;
import adengine.core.advertiser.Advertiser;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Who is speaking, where, and what they may reach as the update arrived: admins everything, others
 * the advertisers their chat has access to ({@code chat}, which also holds the languages its
 * bindings keep). Changes re-check with the access service at the moment they are made.
 */
public record Viewer(long chatId, ChatKind chatKind, long userId, boolean admin, ChatAccess chat) {
    public Viewer {
        Objects.requireNonNull(chatKind, "chatKind");
        Objects.requireNonNull(chat, "chat");
    }

    public List<Advertiser> advertisers() {
        return chat.advertisers();
    }

    public boolean stranger() {
        return !admin && advertisers().isEmpty();
    }

    public boolean mayManage(UUID advertiserId) {
        return admin || bound(advertiserId);
    }

    /** Whether the chat's own binding gives it the advertiser (an admin may manage others without one). */
    public boolean bound(UUID advertiserId) {
        return advertisers().stream().anyMatch(advertiser -> advertiser.advertiserId().equals(advertiserId));
    }
}
