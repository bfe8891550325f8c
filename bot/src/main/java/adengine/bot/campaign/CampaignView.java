package adengine.bot.campaign;

import adengine.bot.conversation.Html;
import adengine.bot.stats.Figures;
import adengine.bot.conversation.Turn;
import adengine.core.ads.CampaignState;
import adengine.core.ads.Delivery;
import adengine.core.advertiser.Advertiser;
import adengine.core.campaign.Campaign;
import adengine.core.campaign.CampaignSpec;
import adengine.core.stats.Stats;
import java.util.Locale;

/** The texts that describe a campaign or a draft: one line per field, the state, the card. */
final class CampaignView {
    /** Enough of the ad text to recognise it; the card must stay within Telegram's message size. */
    private static final int TEXT_ON_CARD = 1500;

    private CampaignView() {
    }

    static String fields(Turn turn, Draft draft) {
        StringBuilder text = new StringBuilder();
        for (DraftField field : DraftField.values()) {
            line(text, turn, field, draft.get(field).map(value -> value(turn, field, value)).orElse("—"));
        }
        return text.toString();
    }

    /** A stored campaign's fields: the title is the card's heading, and only the targeting that is set, or that there is none. */
    private static String storedFields(Turn turn, CampaignSpec spec) {
        Draft draft = Draft.of(spec);
        StringBuilder text = new StringBuilder();
        boolean targeted = false;
        for (DraftField field : DraftField.values()) {
            String value = draft.get(field).orElseThrow();
            if (field == DraftField.TITLE || field.targeting() && value.equals(Draft.SKIPPED)) {
                continue;
            }
            targeted |= field.targeting();
            line(text, turn, field, value(turn, field, value));
        }
        return targeted ? text.toString() : text.append(turn.t("campaign.everyone")).append('\n').toString();
    }

    private static void line(StringBuilder text, Turn turn, DraftField field, String value) {
        text.append(turn.t("field." + field.key())).append(": ").append(value).append('\n');
    }

    static String value(Turn turn, DraftField field, String value) {
        if (value.isEmpty()) {
            return turn.t("value.not_set");
        }
        return switch (field) {
            case GENDER -> turn.t("gender." + value.toLowerCase(Locale.ROOT));
            case TEXT -> Html.clip(value, TEXT_ON_CARD);
            default -> Html.escape(value);
        };
    }

    /** What to type for {@code field}, with the hint that a targeting field may be left open. */
    static String question(Turn turn, DraftField field, int today) {
        String question = turn.t("ask." + field.key(), today);
        return field.targeting() && field != DraftField.GENDER ? question + "\n" + turn.t("ask.clear_hint", FieldInput.CLEAR) : question;
    }

    /** The text with the reason the last answer was refused above it, when there is one. */
    static String afterProblem(String problem, String text) {
        return problem == null ? text : "⚠️ " + problem + "\n\n" + text;
    }

    /** How the campaign is doing (its state, delivery against its limits, money, days), then what it is. */
    static String card(Turn turn, Campaign campaign, Advertiser advertiser, Stats stats, int today) {
        CampaignSpec spec = campaign.spec();
        CampaignState state = state(campaign, stats, today);
        return turn.t("campaign.card",
                Html.escape(spec.adTitle()),
                turn.t("campaign.state." + state.name().toLowerCase(Locale.ROOT)),
                Html.escape(advertiser.name()),
                turn.t("campaign.delivery", stats.impressionsCount(), spec.impressionsLimit(), stats.clicksCount(),
                        spec.clicksLimit(), Figures.ctr(stats), Figures.money(stats.spentTotal())),
                days(turn, spec, state, today),
                storedFields(turn, spec),
                turn.t(campaign.imageKey() == null ? "campaign.image_none" : "campaign.image_attached"));
    }

    static CampaignState state(Campaign campaign, Stats stats, int today) {
        return CampaignState.of(campaign, today,
                new Delivery(Math.toIntExact(stats.impressionsCount()), Math.toIntExact(stats.clicksCount())));
    }

    private static String days(Turn turn, CampaignSpec spec, CampaignState state, int today) {
        if (state == CampaignState.FINISHED) {
            return turn.t("campaign.days.finished", spec.startDate(), spec.endDate());
        }
        return today < spec.startDate()
                ? turn.t("campaign.days.scheduled", spec.startDate(), spec.endDate(), spec.startDate() - today)
                : turn.t("campaign.days.running", spec.startDate(), spec.endDate(), spec.endDate() - today + 1);
    }

    /** A short state mark for list buttons. */
    static String mark(CampaignState state) {
        return switch (state) {
            case SCHEDULED -> "🕓";
            case PAUSED -> "⏸";
            case RUNNING -> "▶️";
            case IMPRESSIONS_LIMIT_REACHED -> "👁";
            case CLICKS_LIMIT_REACHED -> "⛔";
            case FINISHED -> "🏁";
        };
    }
}
