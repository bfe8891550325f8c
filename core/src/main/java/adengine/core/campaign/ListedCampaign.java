package adengine.core.campaign;

/** A campaign in a list; a deleted one is listed for the record only, it is neither served nor changed any more. */
public record ListedCampaign(Campaign campaign, boolean deleted) {
}
