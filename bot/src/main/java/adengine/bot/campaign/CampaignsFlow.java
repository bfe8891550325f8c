package adengine.bot.campaign;

import adengine.bot.access.AdvertiserPicker;
import adengine.bot.access.Ownership;
import adengine.bot.conversation.Action;
import adengine.bot.conversation.Button;
import adengine.bot.conversation.Callback;
import adengine.bot.conversation.Flow;
import adengine.bot.conversation.Html;
import adengine.bot.conversation.ListAddress;
import adengine.bot.conversation.ListPage;
import adengine.bot.conversation.Lists;
import adengine.bot.conversation.Screen;
import adengine.bot.conversation.Turn;
import adengine.bot.stats.Figures;
import adengine.core.advertiser.Advertiser;
import adengine.core.campaign.Campaign;
import adengine.core.campaign.CampaignScope;
import adengine.core.campaign.CampaignService;
import adengine.core.campaign.ListedCampaign;
import adengine.core.common.Page;
import adengine.core.stats.Stats;
import adengine.core.stats.StatsService;
import adengine.core.time.TimeService;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Campaign lists per advertiser (by scope, searchable by title), the campaign card, and deletion with confirmation. */
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
        return Set.of(Action.CAMPAIGNS, Action.ADVERTISER_CAMPAIGNS, Action.CAMPAIGN, Action.DELETED_CAMPAIGN, Action.DELETE_CAMPAIGN,
                Action.DELETE_CONFIRMED, Action.PAUSE_CAMPAIGN, Action.RESUME_CAMPAIGN);
    }

    @Override
    public void press(Turn turn, Callback callback) {
        switch (callback.action()) {
            case CAMPAIGNS -> chooseAdvertiser(turn, callback);
            case ADVERTISER_CAMPAIGNS -> list(turn, ownership.advertiser(turn.viewer(), callback.id(0)),
                    callback.args().size() > 2 ? callback.option(2, CampaignScope.class) : CampaignScope.ACTIVE,
                    ListPage.read(callback, 1, 3, turn.session()));
            case CAMPAIGN -> showCard(turn, ownership.campaign(turn.viewer(), callback.id(0)));
            case DELETED_CAMPAIGN -> turn.notice(turn.t("campaigns.deleted_notice"));
            case DELETE_CAMPAIGN -> confirmDeletion(turn, ownership.campaign(turn.viewer(), callback.id(0)));
            case DELETE_CONFIRMED -> delete(turn, ownership.campaign(turn.viewer(), callback.id(0)));
            case PAUSE_CAMPAIGN -> setPaused(turn, ownership.campaign(turn.viewer(), callback.id(0)), true);
            case RESUME_CAMPAIGN -> setPaused(turn, ownership.campaign(turn.viewer(), callback.id(0)), false);
            default -> throw new IllegalArgumentException(callback.action().name());
        }
    }

    private void chooseAdvertiser(Turn turn, Callback pressed) {
        Optional<Advertiser> sole = ownership.soleAdvertiser(turn.viewer());
        if (sole.isPresent()) {
            list(turn, sole.get(), CampaignScope.ACTIVE, ListPage.of(1));
            return;
        }
        turn.show(picker.pick(turn, turn.t("campaigns.choose_advertiser"), pressed, Action.ADVERTISER_CAMPAIGNS));
    }

    /**
     * A page of the advertiser's campaigns in a scope, each button marked with the campaign's state
     * (deleted ones, listed in «All», with 🗑), and a row to switch scopes that keeps the search.
     */
    private void list(Turn turn, Advertiser advertiser, CampaignScope scope, ListPage view) {
        UUID id = advertiser.advertiserId();
        int today = time.currentDay();
        Page<ListedCampaign> found = campaigns.list(id, scope, view.search(), view.request());
        Map<UUID, Stats> delivered = stats.campaigns(found.items().stream()
                .filter(listed -> !listed.deleted()).map(listed -> listed.campaign().campaignId()).toList());
        List<Button> buttons = found.items().stream().map(listed -> button(listed, delivered, today)).toList();
        String name = Html.escape(advertiser.name());
        String title = found.total() == 0 && !view.searching()
                ? turn.t("campaigns.empty", name, scopeName(turn, scope), turn.t("campaigns.none." + key(scope)), today)
                : turn.t("campaigns.list", name, scopeName(turn, scope), found.total(), today) + deliveries(turn, found, delivered);
        Screen.Builder screen = Lists.paged(turn, Screen.of(Lists.heading(turn, title, view, found.total())), found, view, buttons,
                listOf(id, scope));
        screen.row(Arrays.stream(CampaignScope.values())
                .map(other -> listOf(id, other).button(other == scope ? "✔️ " + scopeName(turn, other) : scopeName(turn, other),
                        1, view.searchKey()))
                .toArray(Button[]::new));
        screen.row(Action.NEW_CAMPAIGN_FOR.button(turn.t("button.new_campaign"), id));
        turn.show(screen.row(turn.mainMenuButton()).build());
    }

    /** A line per campaign of the page with its delivery against its limits: the list answers "how is it doing". */
    private static String deliveries(Turn turn, Page<ListedCampaign> found, Map<UUID, Stats> delivered) {
        StringBuilder lines = new StringBuilder();
        for (ListedCampaign listed : found.items()) {
            if (listed.deleted()) {
                continue;
            }
            Campaign campaign = listed.campaign();
            Stats figures = delivered.getOrDefault(campaign.campaignId(), Stats.ZERO);
            lines.append('\n').append(turn.t("campaigns.row", Html.clip(campaign.spec().adTitle(), 32),
                    figures.impressionsCount(), campaign.spec().impressionsLimit(), figures.clicksCount(),
                    campaign.spec().clicksLimit(), Figures.money(figures.spentTotal())));
        }
        return lines.isEmpty() ? "" : "\n" + lines;
    }

    private static Button button(ListedCampaign listed, Map<UUID, Stats> delivered, int today) {
        Campaign campaign = listed.campaign();
        String title = Button.label(campaign.spec().adTitle());
        if (listed.deleted()) {
            return Action.DELETED_CAMPAIGN.button("🗑 " + title);
        }
        String mark = CampaignView.mark(CampaignView.state(campaign, delivered.getOrDefault(campaign.campaignId(), Stats.ZERO), today));
        return Action.CAMPAIGN.button(mark + " " + title, campaign.campaignId());
    }

    /** The pages of the advertiser's campaigns in {@code scope}. */
    private static ListAddress listOf(UUID advertiserId, CampaignScope scope) {
        return ListAddress.of(Action.ADVERTISER_CAMPAIGNS, advertiserId).followedBy(scope);
    }

    private static String scopeName(Turn turn, CampaignScope scope) {
        return turn.t("campaigns.scope." + key(scope));
    }

    private static String key(CampaignScope scope) {
        return scope.name().toLowerCase(Locale.ROOT);
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
        boolean ended = campaign.hasEnded(today);
        if (ended) {
            screen.row(duplicate);
        } else {
            screen.row(campaign.paused()
                    ? Action.RESUME_CAMPAIGN.button(turn.t("button.resume"), id)
                    : Action.PAUSE_CAMPAIGN.button(turn.t("button.pause"), id), duplicate);
        }
        // back to the list the campaign is in
        ListAddress list = listOf(campaign.advertiserId(), ended ? CampaignScope.FINISHED : CampaignScope.ACTIVE);
        return screen.row(list.button(turn.t("button.to_list"), 1, ""), turn.mainMenuButton()).build();
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
        list(turn, ownership.advertiser(turn.viewer(), campaign.advertiserId()), CampaignScope.ACTIVE, ListPage.of(1));
    }
}
