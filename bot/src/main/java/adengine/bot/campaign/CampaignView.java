package adengine.bot.campaign;

import adengine.bot.conversation.Html;
import adengine.bot.conversation.Turn;
import adengine.core.advertiser.Advertiser;
import adengine.core.campaign.Campaign;
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
            text.append(turn.t("field." + field.key())).append(": ")
                    .append(draft.get(field).map(value -> value(turn, field, value)).orElse("—"))
                    .append('\n');
        }
        return text.toString();
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

    static String card(Turn turn, Campaign campaign, Advertiser advertiser, int today) {
        return turn.t("campaign.card",
                Html.escape(campaign.spec().adTitle()),
                state(turn, campaign, today),
                Html.escape(advertiser.name()),
                fields(turn, Draft.of(campaign.spec())),
                turn.t(campaign.imageKey() == null ? "campaign.image_none" : "campaign.image_attached"));
    }

    static String state(Turn turn, Campaign campaign, int today) {
        if (today < campaign.spec().startDate()) {
            return turn.t("campaign.state.scheduled");
        }
        return turn.t(today > campaign.spec().endDate() ? "campaign.state.finished" : "campaign.state.running");
    }

    /** A short state mark for list buttons. */
    static String mark(Campaign campaign, int today) {
        if (today < campaign.spec().startDate()) {
            return "🕓";
        }
        return today > campaign.spec().endDate() ? "🏁" : "▶️";
    }
}
