package adengine.api.campaign;

import adengine.core.campaign.Campaign;

/** Images are served by the API itself, so the object store is never exposed to clients. */
public final class ImageUrls {
    private ImageUrls() {
    }

    /** The URL of the campaign's image, or null when it has none. */
    public static String of(Campaign campaign) {
        return campaign.imageKey() == null ? null : "/ads/" + campaign.campaignId() + "/image";
    }
}
