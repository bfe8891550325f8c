package adengine.faketelegram;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Reads a reply_markup and refuses what Telegram refuses. */
final class InlineKeyboard {

    /** Button kinds other than callback_data and url: accepted, shown without an action. */
    private static final Set<String> OTHER_KINDS = Set.of("switch_inline_query", "switch_inline_query_current_chat",
            "switch_inline_query_chosen_chat", "web_app", "login_url", "callback_game", "pay", "copy_text");
    private static final int MAX_CALLBACK_BYTES = 64;

    private InlineKeyboard() {
    }

    /** The inline keyboard rows; empty when the markup is absent or is not an inline keyboard. */
    static List<List<Button>> parse(JsonNode markup) {
        if (markup == null || markup.isNull()) {
            return List.of();
        }
        if (!markup.isObject()) {
            throw BotApiException.badRequest("can't parse reply keyboard markup JSON object");
        }
        if (markup.has("keyboard")) {
            requireArrayOfArrays(markup.get("keyboard"), "keyboard");
            return List.of();
        }
        if (!markup.has("inline_keyboard")) {
            return List.of();
        }
        JsonNode rows = markup.get("inline_keyboard");
        requireArrayOfArrays(rows, "inline_keyboard");
        List<List<Button>> result = new ArrayList<>();
        for (JsonNode row : rows) {
            List<Button> buttons = new ArrayList<>();
            for (JsonNode button : row) {
                buttons.add(button(button));
            }
            result.add(List.copyOf(buttons));
        }
        return List.copyOf(result);
    }

    private static void requireArrayOfArrays(JsonNode rows, String field) {
        boolean ok = rows != null && rows.isArray();
        for (int i = 0; ok && i < rows.size(); i++) {
            ok = rows.get(i).isArray();
        }
        if (!ok) {
            throw BotApiException.badRequest("field \"" + field + "\" must be an Array of Arrays");
        }
    }

    private static Button button(JsonNode button) {
        if (!button.isObject()) {
            throw BotApiException.badRequest("can't parse inline keyboard button: InlineKeyboardButton must be an Object");
        }
        JsonNode text = button.get("text");
        if (text == null || !text.isTextual() || text.asText().isEmpty()) {
            throw BotApiException.badRequest("can't parse inline keyboard button: Field \"text\" must be of type String");
        }
        String callbackData = button.hasNonNull("callback_data") ? button.get("callback_data").asText() : null;
        String url = button.hasNonNull("url") ? button.get("url").asText() : null;
        if (callbackData != null) {
            int bytes = callbackData.getBytes(StandardCharsets.UTF_8).length;
            if (bytes == 0 || bytes > MAX_CALLBACK_BYTES) {
                throw BotApiException.badRequest("BUTTON_DATA_INVALID");
            }
        }
        if (url != null && !url.matches("(?i)(https?|tg)://\\S+")) {
            throw BotApiException.badRequest("BUTTON_URL_INVALID");
        }
        if (callbackData == null && url == null && OTHER_KINDS.stream().noneMatch(button::has)) {
            throw BotApiException.badRequest("can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard");
        }
        return new Button(text.asText(), callbackData, url);
    }
}
