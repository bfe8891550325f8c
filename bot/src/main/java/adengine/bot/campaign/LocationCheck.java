package adengine.bot.campaign;

import adengine.bot.conversation.Html;
import adengine.bot.conversation.Turn;
import adengine.core.client.ClientService;
import java.util.List;
import java.util.Objects;

/**
 * Targeting matches a client's location exactly, so a city typed in another case, or one no
 * client has yet, would reach nobody: the advertiser is told, with the spelling clients use.
 */
public final class LocationCheck {
    private final ClientService clients;

    public LocationCheck(ClientService clients) {
        this.clients = Objects.requireNonNull(clients);
    }

    /** A warning about the answer for {@code field}, or null when there is nothing to warn about. */
    String warning(Turn turn, DraftField field, String value) {
        if (field != DraftField.LOCATION || value.isEmpty()) {
            return null;
        }
        List<String> spellings = clients.spellingsOf(value);
        if (spellings.contains(value)) {
            return null;
        }
        return spellings.isEmpty()
                ? turn.t("location.no_client", Html.escape(value))
                : turn.t("location.other_case", Html.escape(value), Html.escape(String.join(", ", spellings)));
    }
}
