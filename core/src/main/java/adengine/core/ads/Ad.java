package adengine.core.ads;

import adengine.core.campaign.Campaign;

/** The ad shown to a client; {@code repeat} when it was seen before (free, not a new impression). */
public record Ad(Campaign campaign, boolean repeat) {
}
