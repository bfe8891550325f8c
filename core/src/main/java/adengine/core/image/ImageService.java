package adengine.core.image;

import adengine.core.campaign.Campaign;
import adengine.core.campaign.CampaignChanges;
import adengine.core.campaign.CampaignRepository;
import adengine.core.common.NotFoundException;
import adengine.core.common.UnavailableException;
import java.util.Objects;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Use cases of campaign images. Every upload gets a key of its own, so an object is never
 * overwritten; the campaign row points at the current one, and an object no longer pointed at is
 * removed. The row is switched with compare-and-set, so concurrent uploads cannot lose an image.
 */
public final class ImageService {
    private static final Logger LOG = LoggerFactory.getLogger(ImageService.class);

    private final CampaignRepository campaigns;
    private final ImageStore store;
    private final CampaignChanges changes;

    public ImageService(CampaignRepository campaigns, ImageStore store, CampaignChanges changes) {
        this.campaigns = Objects.requireNonNull(campaigns);
        this.store = Objects.requireNonNull(store);
        this.changes = Objects.requireNonNull(changes);
    }

    /** The outcome of an upload: the campaign with its image, and whether this upload created it. */
    public record Upload(Campaign campaign, boolean created) {
    }

    /** Sets the image when the campaign has none; otherwise keeps the existing one (created = false). */
    public Upload upload(UUID campaignId, byte[] content) {
        Campaign campaign = campaign(campaignId);
        Image image = Image.of(content);
        if (campaign.imageKey() != null) {
            return new Upload(campaign, false);
        }
        String key = store(campaignId, image);
        if (campaigns.replaceImageKey(campaignId, null, key)) {
            changes.changed();
            return new Upload(campaign(campaignId), true);
        }
        forget(key);
        return new Upload(campaign(campaignId), false);
    }

    /** Sets or replaces the image; the previous object is removed. */
    public Campaign replace(UUID campaignId, byte[] content) {
        Image image = Image.of(content);
        String previous = campaign(campaignId).imageKey();
        String key = store(campaignId, image);
        while (!campaigns.replaceImageKey(campaignId, previous, key)) {
            previous = campaigns.findById(campaignId).map(Campaign::imageKey).orElseThrow(() -> {
                forget(key);
                return notFound(campaignId);
            });
        }
        changes.changed();
        if (previous != null) {
            forget(previous);
        }
        return campaign(campaignId);
    }

    /** Removes the image; 404 when the campaign has none. */
    public void delete(UUID campaignId) {
        String key = campaign(campaignId).imageKey();
        if (key == null) {
            throw new NotFoundException("image of campaign", campaignId);
        }
        store.delete(key);
        campaigns.replaceImageKey(campaignId, key, null);
        changes.changed();
    }

    /** The image stored under {@code key}, the key {@link #imageKey} gave for the campaign. */
    public StoredImage read(UUID campaignId, String key) {
        return store.get(key).orElseThrow(() -> new NotFoundException("image of campaign", campaignId));
    }

    /**
     * The key of the campaign's current image (unique per upload, so it makes a strong ETag); 404
     * when it has none. Costs no call to the object store.
     */
    public String imageKey(UUID campaignId) {
        String key = campaign(campaignId).imageKey();
        if (key == null) {
            throw new NotFoundException("image of campaign", campaignId);
        }
        return key;
    }

    /** Removes an object nobody points at any more; a store that is down leaves it behind, logged. */
    public void forget(String key) {
        try {
            store.delete(key);
        } catch (UnavailableException e) {
            LOG.warn("Could not remove the unused image object {}: {}", key, e.getMessage());
        }
    }

    private String store(UUID campaignId, Image image) {
        String key = "campaigns/" + campaignId + "/" + UUID.randomUUID() + "." + image.format().extension();
        store.put(key, image.content(), image.format().contentType());
        return key;
    }

    private Campaign campaign(UUID campaignId) {
        return campaigns.findById(campaignId).orElseThrow(() -> notFound(campaignId));
    }

    private static NotFoundException notFound(UUID campaignId) {
        return new NotFoundException("campaign", campaignId);
    }
}
