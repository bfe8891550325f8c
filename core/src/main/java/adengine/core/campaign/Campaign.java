package adengine.core.campaign;

import java.util.Objects;
import java.util.UUID;

/** A stored campaign; {@code imageKey} is the object-store key of its image, or null. */
public record Campaign(UUID campaignId, UUID advertiserId, CampaignSpec spec, String imageKey) {
    public Campaign {
        Objects.requireNonNull(campaignId, "campaignId");
        Objects.requireNonNull(advertiserId, "advertiserId");
        Objects.requireNonNull(spec, "spec");
    }

    /** Limits and dates are locked from the start day on. */
    public boolean hasStarted(int currentDay) {
        return currentDay >= spec.startDate();
    }

    public Campaign withSpec(CampaignSpec newSpec) {
        return new Campaign(campaignId, advertiserId, newSpec, imageKey);
    }
}
