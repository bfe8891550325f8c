package adengine.bot.access;

import adengine.bot.conversation.ListPage;
import adengine.bot.conversation.Turn;
import adengine.bot.conversation.Viewer;
import adengine.core.access.AccessService;
import adengine.core.advertiser.Advertiser;
import adengine.core.advertiser.AdvertiserService;
import adengine.core.campaign.Campaign;
import adengine.core.campaign.CampaignService;
import adengine.core.common.NotFoundException;
import adengine.core.common.Page;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * What a viewer may reach. Every id that arrives in a button passes through here, so a crafted
 * button for someone else's campaign finds nothing, exactly like a campaign that does not exist.
 * Every change asks once more, at the moment it is made ({@link #confirmBeforeChange}), whether the
 * chat still manages the advertiser: a dialog started before a binding was removed changes nothing.
 */
public final class Ownership {
    private final AccessService access;
    private final AdvertiserService advertisers;
    private final CampaignService campaigns;

    public Ownership(AccessService access, AdvertiserService advertisers, CampaignService campaigns) {
        this.access = Objects.requireNonNull(access);
        this.advertisers = Objects.requireNonNull(advertisers);
        this.campaigns = Objects.requireNonNull(campaigns);
    }

    /**
     * Right before a change of the advertiser's data: asks the access store, not the viewer
     * identified when the update arrived, whether the user in this chat still manages it. When not,
     * the dialog that led here is dropped and the change is refused as not found.
     */
    public void confirmBeforeChange(Turn turn, UUID advertiserId) {
        Viewer viewer = turn.viewer();
        if (!access.mayManage(viewer.chatId(), viewer.userId(), advertiserId)) {
            turn.session().reset();
            throw new NotFoundException("advertiser", advertiserId);
        }
    }

    /** Admins page through every advertiser, others through the ones bound to their chat; by name either way. */
    public Page<Advertiser> advertisers(Viewer viewer, ListPage view) {
        if (viewer.admin()) {
            return advertisers.list(view.search(), view.request());
        }
        return Page.of(viewer.advertisers().stream().filter(advertiser -> view.search().matches(advertiser.name())).toList(),
                view.request());
    }

    public Advertiser advertiser(Viewer viewer, UUID advertiserId) {
        if (!viewer.mayManage(advertiserId)) {
            throw new NotFoundException("advertiser", advertiserId);
        }
        return advertisers.get(advertiserId);
    }

    public Campaign campaign(Viewer viewer, UUID campaignId) {
        Campaign campaign = campaigns.get(campaignId);
        if (!viewer.mayManage(campaign.advertiserId())) {
            throw new NotFoundException("campaign", campaignId);
        }
        return campaign;
    }

    /** The only advertiser a non-admin viewer has, when there is exactly one: no need to ask. */
    public Optional<Advertiser> soleAdvertiser(Viewer viewer) {
        return !viewer.admin() && viewer.advertisers().size() == 1
                ? Optional.of(viewer.advertisers().get(0))
                : Optional.empty();
    }
}
