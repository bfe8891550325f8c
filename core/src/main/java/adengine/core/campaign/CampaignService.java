package adengine.core.campaign;

import adengine.core.advertiser.AdvertiserService;
import adengine.core.common.ConflictException;
import adengine.core.common.FieldProblem;
import adengine.core.common.NotFoundException;
import adengine.core.common.Page;
import adengine.core.common.PageRequest;
import adengine.core.common.Rule;
import adengine.core.common.SearchTerm;
import adengine.core.moderation.ModeratedText;
import adengine.core.moderation.ModerationService;
import adengine.core.time.PlatformDay;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;

/** Use cases of campaigns: create, read, list, partial update and soft delete. */
public final class CampaignService {
    private final CampaignRepository campaigns;
    private final AdvertiserService advertisers;
    private final PlatformDay clock;
    private final CampaignChanges changes;
    private final Consumer<String> unusedImages;
    private final ModerationService moderation;

    /** {@code unusedImages} removes the image object of a deleted campaign. */
    public CampaignService(CampaignRepository campaigns, AdvertiserService advertisers, PlatformDay clock,
            CampaignChanges changes, Consumer<String> unusedImages, ModerationService moderation) {
        this.campaigns = Objects.requireNonNull(campaigns);
        this.advertisers = Objects.requireNonNull(advertisers);
        this.clock = Objects.requireNonNull(clock);
        this.changes = Objects.requireNonNull(changes);
        this.unusedImages = Objects.requireNonNull(unusedImages);
        this.moderation = Objects.requireNonNull(moderation);
    }

    public Campaign create(UUID advertiserId, CampaignSpec spec) {
        advertisers.get(advertiserId);
        CampaignSpec.requireStartFrom(spec.startDate(), clock.currentDay());
        moderate(spec.adTitle(), spec.adText());
        Campaign campaign = new Campaign(UUID.randomUUID(), advertiserId, spec, null);
        campaigns.insert(campaign);
        changes.changed();
        return campaign;
    }

    public Campaign get(UUID advertiserId, UUID campaignId) {
        return campaigns.find(advertiserId, campaignId).orElseThrow(() -> notFound(campaignId));
    }

    /** A campaign by its id alone, whoever owns it: the caller decides who may see it. */
    public Campaign get(UUID campaignId) {
        return campaigns.findById(campaignId).orElseThrow(() -> notFound(campaignId));
    }

    public Page<Campaign> list(UUID advertiserId, PageRequest request) {
        advertisers.get(advertiserId);
        return campaigns.page(advertiserId, request);
    }

    /** The advertiser's campaigns in {@code scope} today whose title matches {@code title}, newest first. */
    public Page<ListedCampaign> list(UUID advertiserId, CampaignScope scope, SearchTerm title, PageRequest request) {
        advertisers.get(advertiserId);
        return campaigns.page(advertiserId, scope, title, clock.currentDay(), request);
    }

    /**
     * Applies the patch. Limits and dates may change only before the start day; after it, a
     * different value is a conflict while the same value is accepted.
     */
    public Campaign update(UUID advertiserId, UUID campaignId, CampaignPatch patch) {
        int today = clock.currentDay();
        moderate(patch.adTitle(), patch.adText());
        Campaign updated = campaigns.update(advertiserId, campaignId, current -> {
            CampaignSpec next = patch.applyTo(current.spec());
            List<CampaignField> locked = CampaignPatch.lockedChanges(current.spec(), next);
            if (!locked.isEmpty() && current.hasStarted(today)) {
                throw new ConflictException(new FieldProblem(locked.get(0).contractName(), Rule.LOCKED_AFTER_START,
                        current.spec().startDate()));
            }
            if (!next.startDate().equals(current.spec().startDate())) {
                CampaignSpec.requireStartFrom(next.startDate(), today);
            }
            return current.withSpec(next);
        }).orElseThrow(() -> notFound(campaignId));
        changes.changed();
        return updated;
    }

    /** Pauses or resumes the campaign (idempotent): a paused campaign is never shown, and its dates do not move. */
    public Campaign setPaused(UUID advertiserId, UUID campaignId, boolean paused) {
        Campaign updated = campaigns.update(advertiserId, campaignId, current -> current.withPaused(paused))
                .orElseThrow(() -> notFound(campaignId));
        changes.changed();
        return updated;
    }

    public void delete(UUID advertiserId, UUID campaignId) {
        String imageKey = get(advertiserId, campaignId).imageKey();
        if (!campaigns.delete(advertiserId, campaignId)) {
            throw notFound(campaignId);
        }
        changes.changed();
        if (imageKey != null) {
            unusedImages.accept(imageKey);
        }
    }

    /** While moderation is on, the texts an advertiser writes (on update: those it changes) must pass it. */
    private void moderate(String adTitle, String adText) {
        moderation.requireAllowed(new ModeratedText("ad_title", adTitle), new ModeratedText("ad_text", adText));
    }

    private static NotFoundException notFound(UUID campaignId) {
        return new NotFoundException("campaign", campaignId);
    }
}
