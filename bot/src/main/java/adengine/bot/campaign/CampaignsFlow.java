package adengine.bot.campaign;

import adengine.bot.access.AdvertiserPicker;
import adengine.bot.access.Ownership;
import adengine.bot.conversation.Action;
import adengine.bot.conversation.Button;
import adengine.bot.conversation.Callback;
import adengine.bot.conversation.Flow;
import adengine.bot.conversation.Html;
import adengine.bot.conversation.Lists;
import adengine.bot.conversation.Screen;
import adengine.bot.conversation.Turn;
import adengine.core.advertiser.Advertiser;
import adengine.core.campaign.Campaign;
import adengine.core.campaign.CampaignService;
import adengine.core.common.Page;
import adengine.core.common.PageRequest;
import adengine.core.stats.Stats;
import adengine.core.stats.StatsService;
import adengine.core.time.TimeService;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Campaign lists per advertiser, the campaign card, and deletion with confirmation. */
public final class CampaignsFlow implements Flow {
    private final Ownership ownership;
    private final AdvertiserPicker picker;
    private final CampaignService campaigns;
    private final StatsService stats;
    private final TimeService time;

    public CampaignsFlow(Ownership ownership, AdvertiserPicker picker, CampaignService campaigns, StatsService stats,
            TimeService time) {
        this.ownership = Objects.requireNonNull(ownership);
        this.picker = Objects.requireNonNull(picker);
        this.campaigns = Objects.requireNonNull(campaigns);
        this.stats = Objects.requireNonNull(stats);
        this.time = Objects.requireNonNull(time);
    }

    @Override
    public Set<Action> actions() {
        return Set.of(Action.CAMPAIGNS, Action.ADVERTISER_CAMPAIGNS, Action.CAMPAIGN, Action.DELETE_CAMPAIGN,
                Action.DELETE_CONFIRMED, Action.PAUSE_CAMPAIGN, Action.RESUME_CAMPAIGN);
    }

    @Override
    public void press(Turn turn, Callback callback) {
        switch (callback.action()) {
            case CAMPAIGNS -> chooseAdvertiser(turn, callback.args().isEmpty() ? 1 : callback.number(0));
            case ADVERTISER_CAMPAIGNS -> list(turn, ownership.advertiser(turn.viewer(), callback.id(0)),
                    callback.args().size() > 1 ? callback.number(1) : 1);
            case CAMPAIGN -> showCard(turn, ownership.campaign(turn.viewer(), callback.id(0)));
            case DELETE_CAMPAIGN -> confirmDeletion(turn, ownership.campaign(turn.viewer(), callback.id(0)));
            case DELETE_CONFIRMED -> delete(turn, ownership.campaign(turn.viewer(), callback.id(0)));
            case PAUSE_CAMPAIGN -> setPaused(turn, ownership.campaign(turn.viewer(), callback.id(0)), true);
            case RESUME_CAMPAIGN -> setPaused(turn, ownership.campaign(turn.viewer(), callback.id(0)), false);
            default -> throw new IllegalArgumentException(callback.action().name());
        }
    }

    private void chooseAdvertiser(Turn turn, int page) {
        Optional<Advertiser> sole = ownership.soleAdvertiser(turn.viewer());
        if (sole.isPresent()) {
            list(turn, sole.get(), 1);
            return;
        }
        turn.show(picker.pick(turn, turn.t("campaigns.choose_advertiser"), page, Action.ADVERTISER_CAMPAIGNS,
                Action.CAMPAIGNS));
    }

    private void list(Turn turn, Advertiser advertiser, int page) {
        int today = time.currentDay();
        Page<Campaign> found = campaigns.list(advertiser.advertiserId(), new PageRequest(Math.max(1, page), Lists.PAGE_SIZE));
        Map<UUID, Stats> delivered = stats.campaigns(found.items().stream().map(Campaign::campaignId).toList());
        List<Button> buttons = found.items().stream()
                .map(campaign -> Action.CAMPAIGN.button(CampaignView.mark(CampaignView.state(campaign,
                        delivered.getOrDefault(campaign.campaignId(), Stats.ZERO), today)) + " " + Button.label(campaign.spec().adTitle()),
                        campaign.campaignId()))
                .toList();
        String title = turn.t(found.total() == 0 ? "campaigns.empty" : "campaigns.list",
                Html.escape(advertiser.name()), found.total(), today);
        Screen.Builder screen = Lists.paged(Screen.of(title), found, page, buttons, Action.ADVERTISER_CAMPAIGNS,
                advertiser.advertiserId());
        screen.row(Action.NEW_CAMPAIGN_FOR.button(turn.t("button.new_campaign"), advertiser.advertiserId()));
        turn.show(screen.row(turn.mainMenuButton()).build());
    }

    /** The card of a campaign with its actions; also where edits and creation end. */
    public void showCard(Turn turn, Campaign campaign) {
        showCard(turn, campaign, null);
    }

    /** The card with a warning above it, when there is one. */
    void showCard(Turn turn, Campaign campaign, String warning) {
        turn.show(card(turn, campaign, warning));
    }

    private Screen card(Turn turn, Campaign campaign, String warning) {
        UUID id = campaign.campaignId();
        Advertiser advertiser = ownership.advertiser(turn.viewer(), campaign.advertiserId());
        int today = time.currentDay();
        Screen.Builder screen = Screen.of(CampaignView.afterProblem(warning,
                        CampaignView.card(turn, campaign, advertiser, stats.campaign(id), today)))
                .row(Action.EDIT_CAMPAIGN.button(turn.t("button.edit"), id), Action.IMAGE.button(turn.t("button.image"), id))
                .row(Action.STATS_CAMPAIGN.button(turn.t("button.stats"), id), Action.DELETE_CAMPAIGN.button(turn.t("button.delete"), id));
        Button duplicate = Action.DUPLICATE_CAMPAIGN.button(turn.t("button.duplicate"), id);
        if (today > campaign.spec().endDate()) {
            screen.row(duplicate);
        } else {
            screen.row(campaign.paused()
                    ? Action.RESUME_CAMPAIGN.button(turn.t("button.resume"), id)
                    : Action.PAUSE_CAMPAIGN.button(turn.t("button.pause"), id), duplicate);
        }
        return screen.row(Action.ADVERTISER_CAMPAIGNS.button(turn.t("button.to_list"), campaign.advertiserId(), 1), turn.mainMenuButton())
                .build();
    }

    /** Pauses or resumes, then shows the card again; a stale button sets what it says (idempotent). */
    private void setPaused(Turn turn, Campaign campaign, boolean paused) {
        ownership.confirmBeforeChange(turn, campaign.advertiserId());
        Campaign changed = campaigns.setPaused(campaign.advertiserId(), campaign.campaignId(), paused);
        turn.notice(turn.t(paused ? "campaign.paused" : "campaign.resumed"));
        showCard(turn, changed);
    }

    private void confirmDeletion(Turn turn, Campaign campaign) {
        UUID id = campaign.campaignId();
        turn.show(Screen.of(turn.t("campaign.delete_confirm", Html.escape(campaign.spec().adTitle())))
                .row(Action.DELETE_CONFIRMED.button(turn.t("button.delete_yes"), id), Action.CAMPAIGN.button(turn.t("button.cancel"), id))
                .row(turn.mainMenuButton())
                .build());
    }

    private void delete(Turn turn, Campaign campaign) {
        ownership.confirmBeforeChange(turn, campaign.advertiserId());
        campaigns.delete(campaign.advertiserId(), campaign.campaignId());
        turn.notice(turn.t("campaign.deleted"));
        list(turn, ownership.advertiser(turn.viewer(), campaign.advertiserId()), 1);
    }
}
