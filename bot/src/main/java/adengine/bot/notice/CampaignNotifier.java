package adengine.bot.notice;

import adengine.bot.conversation.Action;
import adengine.bot.conversation.Html;
import adengine.bot.conversation.Outbox;
import adengine.bot.conversation.Screen;
import adengine.bot.conversation.Texts;
import adengine.bot.stats.Figures;
import adengine.core.notice.CampaignNotices;
import adengine.core.notice.Notice;
import adengine.core.stats.Stats;
import adengine.core.stats.StatsService;
import java.util.Locale;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells bound chats, once, each in its language, that a campaign reached its impressions or clicks
 * limit or ended, with its figures. The notice is claimed before sending, so two instances never
 * send it twice.
 */
public final class CampaignNotifier implements Runnable {
    private static final Logger LOG = LoggerFactory.getLogger(CampaignNotifier.class);

    private final CampaignNotices notices;
    private final StatsService stats;
    private final Delivery delivery;

    public CampaignNotifier(CampaignNotices notices, StatsService stats, Outbox outbox) {
        this.notices = Objects.requireNonNull(notices);
        this.stats = Objects.requireNonNull(stats);
        this.delivery = new Delivery(outbox);
    }

    @Override
    public void run() {
        try {
            for (Notice notice : notices.due()) {
                // read before the claim: a notice whose figures cannot be read now stays due
                Stats figures = stats.campaign(notice.campaignId());
                if (notices.claim(notice.campaignId(), notice.kind())) {
                    delivery.send(notice.recipients(), texts -> screen(texts, notice, figures),
                            "The " + notice.kind() + " notice of campaign " + notice.campaignId());
                }
            }
        } catch (RuntimeException e) {
            LOG.warn("Could not look for campaign notifications: {}", e.toString());
        }
    }

    /** Where the campaign stands. */
    private static Screen screen(Texts texts, Notice notice, Stats figures) {
        String key = "notice." + notice.kind().name().toLowerCase(Locale.ROOT);
        return Screen.of(texts.get(key, Html.escape(notice.campaignTitle())) + "\n" + texts.get("notice.figures",
                        figures.impressionsCount(), figures.clicksCount(), Figures.ctr(figures), Figures.money(figures.spentTotal())))
                .row(Action.CAMPAIGN.button(texts.get("button.to_campaign"), notice.campaignId()))
                .row(Action.BACK_MAIN.button(texts.get("button.main_menu")))
                .build();
    }
}
