package adengine.bot.stats;

import adengine.bot.access.AdvertiserPicker;
import adengine.bot.access.Ownership;
import adengine.bot.conversation.Action;
import adengine.bot.conversation.Button;
import adengine.bot.conversation.Callback;
import adengine.bot.conversation.Flow;
import adengine.bot.conversation.Html;
import adengine.bot.conversation.Screen;
import adengine.bot.conversation.Turn;
import adengine.core.advertiser.Advertiser;
import adengine.core.campaign.Campaign;
import adengine.core.campaign.CampaignService;
import adengine.core.common.PageRequest;
import adengine.core.notice.DailyDigests;
import adengine.core.stats.DailyStats;
import adengine.core.stats.Stats;
import adengine.core.stats.StatsService;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Totals and daily figures of a campaign or an advertiser, as text and as a chart, in one message;
 * a chat bound to the advertiser switches its daily digest on and off there.
 */
public final class StatsFlow implements Flow {
    /** Days listed in the text; the chart shows the whole window the statistics keep. */
    private static final int DAYS_IN_TEXT = 10;
    private static final int CAMPAIGN_BUTTONS = 10;
    /** Characters of a name in the report's title: with ten days of figures the report stays within a caption's 1024. */
    private static final int TITLE_CHARS = 64;

    private final Ownership ownership;
    private final AdvertiserPicker picker;
    private final StatsService stats;
    private final CampaignService campaigns;
    private final DailyDigests digests;

    public StatsFlow(Ownership ownership, AdvertiserPicker picker, StatsService stats, CampaignService campaigns, DailyDigests digests) {
        this.ownership = Objects.requireNonNull(ownership);
        this.picker = Objects.requireNonNull(picker);
        this.stats = Objects.requireNonNull(stats);
        this.campaigns = Objects.requireNonNull(campaigns);
        this.digests = Objects.requireNonNull(digests);
    }

    @Override
    public Set<Action> actions() {
        return EnumSet.of(Action.STATS, Action.STATS_ADVERTISER, Action.STATS_CAMPAIGN, Action.DIGEST_SET);
    }

    @Override
    public void press(Turn turn, Callback callback) {
        switch (callback.action()) {
            case STATS -> {
                Optional<Advertiser> sole = ownership.soleAdvertiser(turn.viewer());
                if (sole.isPresent()) {
                    advertiser(turn, sole.get());
                } else {
                    turn.show(picker.pick(turn, turn.t("stats.choose_advertiser"), callback, Action.STATS_ADVERTISER));
                }
            }
            case STATS_ADVERTISER -> advertiser(turn, ownership.advertiser(turn.viewer(), callback.id(0)));
            case STATS_CAMPAIGN -> campaign(turn, ownership.campaign(turn.viewer(), callback.id(0)));
            case DIGEST_SET -> setDigest(turn, ownership.advertiser(turn.viewer(), callback.id(0)), callback.flag(1));
            default -> throw new IllegalArgumentException(callback.action().name());
        }
    }

    private void advertiser(Turn turn, Advertiser advertiser) {
        UUID id = advertiser.advertiserId();
        String name = Html.clip(advertiser.name(), TITLE_CHARS);
        List<Button> campaignButtons = campaigns.list(id, new PageRequest(1, CAMPAIGN_BUTTONS)).items().stream()
                .map(campaign -> Action.STATS_CAMPAIGN.button("📊 " + Button.label(campaign.spec().adTitle()), campaign.campaignId()))
                .toList();
        List<DailyStats> days = stats.advertiserDaily(id);
        Screen.Builder screen = Screen.of(report(turn, turn.t("stats.advertiser_title", name), stats.advertiser(id), days));
        // the export is two taps from the main menu: a file is what an advertiser takes elsewhere
        screen.row(campaignButtons.isEmpty()
                ? new Button[] {Action.STATS_CAMPAIGNS.button(turn.t("button.all_campaigns"), id, 1)}
                : new Button[] {Action.STATS_CAMPAIGNS.button(turn.t("button.all_campaigns"), id, 1),
                        Action.STATS_EXPORT.button(turn.t("button.export_csv"), id)});
        // the digest belongs to a binding: an admin looking at an advertiser from elsewhere has none to switch
        if (turn.viewer().bound(id)) {
            boolean on = digests.subscribed(turn.chatId(), id);
            screen.row(Action.DIGEST_SET.button(turn.t(on ? "button.digest_on" : "button.digest_off"), id, !on));
        }
        campaignButtons.forEach(screen::row);
        turn.show(withChart(turn, screen.row(Action.STATS_ADVERTISER.button(turn.t("button.refresh"), id), turn.mainMenuButton()), days));
    }

    /** The statistics message is drawn again with the switch in its new state. */
    private void setDigest(Turn turn, Advertiser advertiser, boolean on) {
        ownership.confirmBeforeChange(turn, advertiser.advertiserId());
        digests.setSubscribed(turn.chatId(), advertiser.advertiserId(), on);
        turn.notice(turn.t(on ? "digest.now_on" : "digest.now_off"));
        advertiser(turn, advertiser);
    }

    private void campaign(Turn turn, Campaign campaign) {
        UUID id = campaign.campaignId();
        List<DailyStats> days = stats.campaignDaily(id);
        String title = Html.clip(campaign.spec().adTitle(), TITLE_CHARS);
        turn.show(withChart(turn, Screen.of(report(turn, turn.t("stats.campaign_title", title), stats.campaign(id), days))
                .row(Action.CAMPAIGN.button(turn.t("button.to_campaign"), id),
                        Action.STATS_ADVERTISER.button(turn.t("button.advertiser_stats"), campaign.advertiserId()))
                .row(Action.STATS_CAMPAIGN.button(turn.t("button.refresh"), id), turn.mainMenuButton()), days));
    }

    /**
     * The report as the caption of the chart while some day has traffic, so that the statistics are
     * one message that viewing them again (another campaign, the totals, a refresh) edits in place.
     */
    private static Screen withChart(Turn turn, Screen.Builder screen, List<DailyStats> days) {
        if (hasTraffic(days)) {
            screen.picture(StatsChart.png(days, new StatsChart.Labels(turn.t("chart.day"), turn.t("chart.impressions"),
                    turn.t("chart.clicks"), turn.t("chart.spend"))), "stats.png");
        }
        return screen.build();
    }

    private static String report(Turn turn, String title, Stats total, List<DailyStats> days) {
        StringBuilder table = new StringBuilder();
        table.append(String.format(Locale.ROOT, "%5s %9s %7s %12s%n", turn.t("stats.col_day"), turn.t("stats.col_impressions"),
                turn.t("stats.col_clicks"), turn.t("stats.col_spend")));
        for (DailyStats day : days.subList(Math.max(0, days.size() - DAYS_IN_TEXT), days.size())) {
            Stats figures = day.stats();
            table.append(String.format(Locale.ROOT, "%5d %9d %7d %12s%n", day.date(), figures.impressionsCount(),
                    figures.clicksCount(), Figures.money(figures.spentTotal())));
        }
        return turn.t("stats.report", title,
                total.impressionsCount(), total.clicksCount(),
                Figures.ctr(total),
                Figures.money(total.spentImpressions()), Figures.money(total.spentClicks()), Figures.money(total.spentTotal()),
                hasTraffic(days) ? "<pre>" + Html.escape(table.toString()) + "</pre>" : turn.t("stats.no_days"));
    }

    /** Days of zeros make an empty table and a chart of nothing: the reader is told there is nothing yet instead. */
    private static boolean hasTraffic(List<DailyStats> days) {
        return days.stream().anyMatch(day -> day.stats().impressionsCount() > 0 || day.stats().clicksCount() > 0);
    }
}
