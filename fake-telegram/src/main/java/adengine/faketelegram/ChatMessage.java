package adengine.faketelegram;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** One message of a chat as the fake holds it; changed only under the fake's lock. */
final class ChatMessage {

    final int id;
    /** The user who sent it, as Telegram's {@code from}; null for the bot's messages. */
    final ObjectNode sender;
    final int date;
    // editMessageMedia replaces them
    StoredFile photo;
    StoredFile document;
    HtmlText content;
    List<List<Button>> buttons;
    boolean edited;
    boolean deleted;
    /** The chat's change counter when this message was sent or last changed. */
    long changedAt;

    ChatMessage(int id, ObjectNode sender, int date, HtmlText content, List<List<Button>> buttons, StoredFile photo,
                StoredFile document) {
        this.id = id;
        this.sender = sender;
        this.date = date;
        this.content = content;
        this.buttons = buttons;
        this.photo = photo;
        this.document = document;
    }

    boolean fromBot() {
        return sender == null;
    }

    boolean hasMedia() {
        return photo != null || document != null;
    }

    BotMessage view() {
        return new BotMessage(id, content.plain(), content.emphasized(), content.preformatted(), buttons,
                photo == null ? null : photo.bytes(), document == null ? null : document.bytes(),
                document == null ? null : document.fileName(), edited, deleted);
    }

    ObjectNode toJson(ObjectMapper json, ChatRoom room, ObjectNode botUser) {
        ObjectNode message = json.createObjectNode();
        message.put("message_id", id);
        message.set("from", fromBot() ? botUser : sender);
        message.set("chat", room.chatJson());
        message.put("date", date);
        if (edited) {
            message.put("edit_date", date + 1);
        }
        String textField = hasMedia() ? "caption" : "text";
        if (!content.plain().isEmpty()) {
            message.put(textField, content.plain());
        }
        if (!fromBot() && content.plain().startsWith("/")) {
            ObjectNode command = json.createObjectNode().put("type", "bot_command").put("offset", 0)
                    .put("length", content.plain().split("\\s", 2)[0].length());
            message.putArray("entities").add(command);
        }
        if (photo != null) {
            message.putArray("photo").add(photo.photoSizeJson(json));
        }
        if (document != null) {
            message.set("document", document.documentJson(json));
        }
        if (!buttons.isEmpty()) {
            ArrayNode rows = message.putObject("reply_markup").putArray("inline_keyboard");
            for (List<Button> row : buttons) {
                ArrayNode jsonRow = rows.addArray();
                for (Button button : row) {
                    ObjectNode b = jsonRow.addObject().put("text", button.text());
                    if (button.callbackData() != null) {
                        b.put("callback_data", button.callbackData());
                    }
                    if (button.url() != null) {
                        b.put("url", button.url());
                    }
                }
            }
        }
        return message;
    }
}
