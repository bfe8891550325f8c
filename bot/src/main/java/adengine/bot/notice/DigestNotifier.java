package adengine.bot.notice;

import adengine.bot.conversation.Action;
import adengine.bot.conversation.Html;
import adengine.bot.conversation.Outbox;
import adengine.bot.conversation.Screen;
import adengine.bot.conversation.Texts;
import adengine.bot.stats.Figures;
import adengine.core.notice.DailyDigests;
import adengine.core.notice.Digest;
import adengine.core.notice.Recipient;
import adengine.core.stats.AdvertiserDay;
import adengine.core.stats.CampaignDay;
import adengine.core.stats.Stats;
import adengine.core.stats.StatsService;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends every chat that switched the daily digest on, once the day has advanced and in its
 * language, the figures of the day before: per campaign and in total. Each chat's digest is claimed
 * before it is sent, so two instances never send it twice.
 */
public final class DigestNotifier implements Runnable {
    private static final Logger LOG = LoggerFactory.getLogger(DigestNotifier.class);
    /** Lines of campaigns in one digest, which keeps it well within a message; the total counts them all. */
    private static final int CAMPAIGNS_SHOWN = 20;
    private static final int TITLE_SHOWN = 60;

    private final DailyDigests digests;
    private final StatsService stats;
    private final Delivery delivery;

    public DigestNotifier(DailyDigests digests, StatsService stats, Outbox outbox) {
        this.digests = Objects.requireNonNull(digests);
        this.stats = Objects.requireNonNull(stats);
        this.delivery = new Delivery(outbox);
    }

    @Override
    public void run() {
        try {
            for (Digest digest : digests.due()) {
                // read before the claims: a digest whose figures cannot be read now stays due
                AdvertiserDay figures = stats.advertiserDay(digest.advertiserId(), digest.day());
                List<Recipient> claimed = digest.recipients().stream()
                        .filter(recipient -> digests.claim(recipient.chatId(), digest.advertiserId(), digest.day()))
                        .toList();
                delivery.send(claimed, texts -> screen(texts, digest, figures),
                        "The daily digest of advertiser " + digest.advertiserId() + " for day " + digest.day());
            }
        } catch (RuntimeException e) {
            LOG.warn("Could not look for daily digests: {}", e.toString());
        }
    }

    /** The campaigns that spent most come first. */
    private static Screen screen(Texts texts, Digest digest, AdvertiserDay figures) {
        StringBuilder text = new StringBuilder(texts.get("digest.title", Html.escape(digest.advertiserName()), figures.day())).append("\n\n");
        List<CampaignDay> campaigns = figures.campaigns().stream()
                .sorted(Comparator.comparing(campaign -> campaign.stats().spentTotal(), Comparator.reverseOrder()))
                .toList();
        if (campaigns.isEmpty()) {
            text.append(texts.get("digest.nothing_ran")).append("\n");
        }
        campaigns.stream().limit(CAMPAIGNS_SHOWN).forEach(campaign -> text.append(
                line(texts, "📢 <b>" + Html.clip(campaign.adTitle(), TITLE_SHOWN) + "</b>", campaign.stats())).append("\n"));
        if (campaigns.size() > CAMPAIGNS_SHOWN) {
            text.append(texts.get("digest.more", campaigns.size() - CAMPAIGNS_SHOWN)).append("\n");
        }
        text.append("\n").append(line(texts, texts.get("digest.total"), figures.total()));
        return Screen.of(text.toString())
                .row(Action.STATS_ADVERTISER.button(texts.get("menu.stats"), digest.advertiserId()))
                .row(Action.BACK_MAIN.button(texts.get("button.main_menu")))
                .build();
    }

    private static String line(Texts texts, String label, Stats stats) {
        return texts.get("digest.line", label, stats.impressionsCount(), stats.clicksCount(), Figures.ctr(stats),
                Figures.money(stats.spentTotal()));
    }
}
