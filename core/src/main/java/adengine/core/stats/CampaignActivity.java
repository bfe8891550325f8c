package adengine.core.stats;

import java.util.Map;
import java.util.UUID;

/** A campaign's window and what happened on each day with events (deleted campaigns included). */
public record CampaignActivity(UUID campaignId, int startDate, int endDate, Map<Integer, Stats> days) {
    public CampaignActivity {
        days = Map.copyOf(days);
    }
}
