package adengine.core.stats;

import java.util.Map;
import java.util.UUID;

/**
 * A campaign as its statistics show it: what was bought, its window, whether it was deleted, and
 * what happened on each day with events.
 */
public record CampaignActivity(UUID campaignId, String adTitle, boolean deleted, int startDate, int endDate,
        int impressionsLimit, int clicksLimit, Map<Integer, Stats> days) {
    public CampaignActivity {
        days = Map.copyOf(days);
    }

    /** The sum of its days. */
    public Stats total() {
        return days.values().stream().reduce(Stats.ZERO, Stats::plus);
    }
}
