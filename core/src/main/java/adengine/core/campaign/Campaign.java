package adengine.core.campaign;

import java.util.Objects;
import java.util.UUID;

/**
 * A stored campaign; {@code imageKey} is the object-store key of its image, or null. A paused
 * campaign is never shown until its advertiser resumes it; its window keeps running.
 */
public record Campaign(UUID campaignId, UUID advertiserId, CampaignSpec spec, String imageKey, boolean paused) {
    public Campaign {
        Objects.requireNonNull(campaignId, "campaignId");
        Objects.requireNonNull(advertiserId, "advertiserId");
        Objects.requireNonNull(spec, "spec");
    }

    /** A campaign that is not paused. */
    public Campaign(UUID campaignId, UUID advertiserId, CampaignSpec spec, String imageKey) {
        this(campaignId, advertiserId, spec, imageKey, false);
    }

    /** Limits and dates are locked from the start day on. */
    public boolean hasStarted(int currentDay) {
        return currentDay >= spec.startDate();
    }

    /** Its last day has passed: it is not shown any more, whatever its delivery. */
    public boolean hasEnded(int currentDay) {
        return currentDay > spec.endDate();
    }

    public Campaign withSpec(CampaignSpec newSpec) {
        return new Campaign(campaignId, advertiserId, newSpec, imageKey, paused);
    }

    public Campaign withPaused(boolean pausedNow) {
        return new Campaign(campaignId, advertiserId, spec, imageKey, pausedNow);
    }
}
