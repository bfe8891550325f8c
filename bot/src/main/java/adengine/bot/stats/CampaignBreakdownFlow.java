package adengine.bot.stats;

import adengine.bot.access.Ownership;
import adengine.bot.conversation.Action;
import adengine.bot.conversation.Callback;
import adengine.bot.conversation.Flow;
import adengine.bot.conversation.Html;
import adengine.bot.conversation.ListAddress;
import adengine.bot.conversation.ListPage;
import adengine.bot.conversation.Lists;
import adengine.bot.conversation.Screen;
import adengine.bot.conversation.Turn;
import adengine.core.advertiser.Advertiser;
import adengine.core.common.Page;
import adengine.core.stats.CampaignActivity;
import adengine.core.stats.Stats;
import adengine.core.stats.StatsService;
import adengine.core.time.TimeService;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * All campaigns of an advertiser at a glance, deleted ones included so that the lines add up to the
 * advertiser's totals, and the same figures with their days as a CSV file.
 */
public final class CampaignBreakdownFlow implements Flow {
    private final Ownership ownership;
    private final StatsService stats;
    private final TimeService time;

    public CampaignBreakdownFlow(Ownership ownership, StatsService stats, TimeService time) {
        this.ownership = Objects.requireNonNull(ownership);
        this.stats = Objects.requireNonNull(stats);
        this.time = Objects.requireNonNull(time);
    }

    @Override
    public Set<Action> actions() {
        return EnumSet.of(Action.STATS_CAMPAIGNS, Action.STATS_EXPORT);
    }

    @Override
    public void press(Turn turn, Callback callback) {
        Advertiser advertiser = ownership.advertiser(turn.viewer(), callback.id(0));
        switch (callback.action()) {
            case STATS_CAMPAIGNS -> list(turn, advertiser, ListPage.of(callback.number(1)));
            case STATS_EXPORT -> export(turn, advertiser);
            default -> throw new IllegalArgumentException(callback.action().name());
        }
    }

    private void list(Turn turn, Advertiser advertiser, ListPage page) {
        UUID id = advertiser.advertiserId();
        List<CampaignActivity> campaigns = stats.advertiserCampaigns(id);
        Page<CampaignActivity> shown = Page.of(campaigns, page.request());
        StringBuilder text = new StringBuilder(turn.t(campaigns.isEmpty() ? "stats.campaigns_empty" : "stats.campaigns_title",
                Html.escape(advertiser.name()), campaigns.size()));
        shown.items().forEach(campaign -> text.append("\n\n").append(line(turn, campaign)));
        Screen.Builder screen = Lists.paged(turn, Screen.of(text.toString()), shown, page, List.of(),
                ListAddress.of(Action.STATS_CAMPAIGNS, id));
        if (!campaigns.isEmpty()) {
            screen.row(Action.STATS_EXPORT.button(turn.t("button.export_csv"), id));
        }
        turn.show(screen.row(Action.STATS_ADVERTISER.button(turn.t("button.advertiser_stats"), id))
                .row(turn.mainMenuButton())
                .build());
    }

    private static String line(Turn turn, CampaignActivity campaign) {
        Stats total = campaign.total();
        return turn.t("stats.campaign_line", campaign.deleted() ? "🗑" : "📢", Html.escape(campaign.adTitle()),
                total.impressionsCount(), campaign.impressionsLimit(), total.clicksCount(), campaign.clicksLimit(),
                Figures.money(total.spentTotal()));
    }

    private void export(Turn turn, Advertiser advertiser) {
        UUID id = advertiser.advertiserId();
        int day = time.currentDay();
        byte[] csv = CampaignsCsv.of(stats.advertiserCampaigns(id), campaign -> StatsService.daily(campaign, day));
        turn.sendDocument(csv, "campaigns-" + id + "-day-" + day + ".csv",
                Screen.of(turn.t("stats.export_caption", Html.escape(advertiser.name()), day)).row(turn.mainMenuButton()).build());
    }
}
