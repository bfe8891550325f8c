package adengine.bot.conversation;

import adengine.core.advertiser.Advertiser;
import java.util.List;
import java.util.UUID;

/** Who is speaking and what they may reach: admins everything, others the advertisers bound to their chat. */
public record Viewer(long chatId, long userId, boolean admin, List<Advertiser> advertisers) {
    public Viewer {
        advertisers = List.copyOf(advertisers);
    }

    public boolean stranger() {
        return !admin && advertisers.isEmpty();
    }

    public boolean mayManage(UUID advertiserId) {
        return admin || advertisers.stream().anyMatch(advertiser -> advertiser.advertiserId().equals(advertiserId));
    }
}
