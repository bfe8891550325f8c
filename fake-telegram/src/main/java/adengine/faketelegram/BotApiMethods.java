package adengine.faketelegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** The Bot API methods the fake serves, each checked the way Telegram checks it. Called with the lock held. */
final class BotApiMethods {

    private static final int MAX_TEXT = 4096;
    private static final int MAX_CAPTION = 1024;
    private static final Set<String> CHAT_ACTIONS = Set.of("typing", "upload_photo", "record_video", "upload_video",
            "record_voice", "upload_voice", "upload_document", "choose_sticker", "find_location",
            "record_video_note", "upload_video_note");
    private static final String NOT_MODIFIED = "message is not modified: specified new message content and reply "
            + "markup are exactly the same as a current content and reply markup of the message";

    private final FakeState state;
    /** Menu commands by language code ("" for the default list). */
    final Map<String, List<FakeTelegram.Command>> commands = new LinkedHashMap<>();

    BotApiMethods(FakeState state) {
        this.state = state;
    }

    JsonNode call(ApiRequest request) {
        switch (request.method) {
            case "getupdates": return getUpdates(request);
            case "deletewebhook": return BooleanNode.TRUE;
            case "sendchataction": return chatAction(request);
            case "getme": return state.botUser;
            case "setmycommands": return setMyCommands(request);
            case "sendmessage": return sendMessage(request);
            case "editmessagetext": return editText(request, false);
            case "editmessagecaption": return editText(request, true);
            case "editmessagereplymarkup": return editMarkup(request);
            case "editmessagemedia": return editMedia(request);
            case "answercallbackquery": return answerCallback(request);
            case "sendphoto": return sendPhoto(request);
            case "senddocument": return sendDocument(request);
            case "getfile": return getFile(request);
            case "deletemessage": return deleteMessage(request);
            default: throw BotApiException.of(404, "Not Found");
        }
    }

    private JsonNode getUpdates(ApiRequest request) {
        long offset = request.has("offset") ? request.requiredLong("offset") : 0;
        int limit = Math.max(1, Math.min(100, request.intOr("limit", 100)));
        Duration timeout = Duration.ofSeconds(Math.max(0, request.intOr("timeout", 0)));
        state.updates.confirmBelow(offset);
        JsonNode batch = state.await(timeout, () -> {
            JsonNode updates = state.updates.batch(state.json, offset, limit);
            return updates.isEmpty() ? null : updates;
        });
        return batch != null ? batch : state.json.createArrayNode();
    }

    private JsonNode chatAction(ApiRequest request) {
        chat(request);
        if (!CHAT_ACTIONS.contains(String.valueOf(request.text("action")))) {
            throw BotApiException.badRequest("wrong parameter action in request");
        }
        return BooleanNode.TRUE;
    }

    private JsonNode setMyCommands(ApiRequest request) {
        JsonNode list = request.json(state.json, "commands");
        if (list == null || !list.isArray()) {
            throw BotApiException.badRequest("can't parse commands JSON object");
        }
        List<FakeTelegram.Command> parsed = new ArrayList<>();
        for (JsonNode command : list) {
            String name = command.path("command").asText("");
            String description = command.path("description").asText("");
            if (!name.matches("[a-z0-9_]{1,32}")) {
                throw BotApiException.badRequest("BOT_COMMAND_INVALID");
            }
            if (description.isBlank() || description.length() > 256) {
                throw BotApiException.badRequest("BOT_COMMAND_DESCRIPTION_INVALID");
            }
            parsed.add(new FakeTelegram.Command(name, description));
        }
        String language = request.text("language_code");
        commands.put(language == null ? "" : language, List.copyOf(parsed));
        return BooleanNode.TRUE;
    }

    private JsonNode sendMessage(ApiRequest request) {
        ChatRoom chat = chat(request);
        HtmlText content = text(request, "text", MAX_TEXT, true);
        List<List<Button>> buttons = InlineKeyboard.parse(request.json(state.json, "reply_markup"));
        return json(chat, chat.addBotMessage(content, buttons, null, null));
    }

    private JsonNode sendPhoto(ApiRequest request) {
        ChatRoom chat = chat(request);
        HtmlText caption = text(request, "caption", MAX_CAPTION, false);
        List<List<Button>> buttons = InlineKeyboard.parse(request.json(state.json, "reply_markup"));
        Multipart.Part upload = request.upload("photo");
        StoredFile photo = upload != null ? state.files.storePhoto(upload.bytes()) : known(request, "photo");
        return json(chat, chat.addBotMessage(caption, buttons, photo, null));
    }

    private JsonNode sendDocument(ApiRequest request) {
        ChatRoom chat = chat(request);
        HtmlText caption = text(request, "caption", MAX_CAPTION, false);
        List<List<Button>> buttons = InlineKeyboard.parse(request.json(state.json, "reply_markup"));
        Multipart.Part upload = request.upload("document");
        StoredFile document = upload != null
                ? state.files.storeDocument(upload.bytes(), upload.fileName(), upload.contentType())
                : known(request, "document");
        return json(chat, chat.addBotMessage(caption, buttons, null, document));
    }

    /** A file sent again by its file_id; the fake cannot fetch URLs. */
    private StoredFile known(ApiRequest request, String field) {
        return known(request.text(field), field);
    }

    private StoredFile known(String id, String field) {
        if (id == null || id.isEmpty()) {
            throw BotApiException.badRequest("there is no " + field + " in the request");
        }
        StoredFile file = state.files.byId(id);
        if (file == null) {
            throw BotApiException.badRequest("wrong file identifier/HTTP URL specified");
        }
        return file;
    }

    private JsonNode editText(ApiRequest request, boolean caption) {
        ChatRoom chat = chat(request);
        ChatMessage message = editable(chat, request);
        if (!caption && message.hasMedia()) {
            throw BotApiException.badRequest("there is no text in the message to edit");
        }
        if (caption && !message.hasMedia()) {
            throw BotApiException.badRequest("there is no caption in the message to edit");
        }
        HtmlText content = caption ? text(request, "caption", MAX_CAPTION, false) : text(request, "text", MAX_TEXT, true);
        List<List<Button>> buttons = InlineKeyboard.parse(request.json(state.json, "reply_markup"));
        if (content.equals(message.content) && buttons.equals(message.buttons)) {
            throw BotApiException.badRequest(NOT_MODIFIED);
        }
        // as in Telegram, an edit without reply_markup removes the inline keyboard
        message.content = content;
        message.buttons = buttons;
        chat.edited(message);
        return json(chat, message);
    }

    /**
     * Puts a new photo in a message with its caption and keyboard: as in Telegram, a photo or a
     * document may become another photo and a text message gains the photo. Other media are not
     * modelled.
     */
    private JsonNode editMedia(ApiRequest request) {
        ChatRoom chat = chat(request);
        ChatMessage message = editable(chat, request);
        JsonNode media = request.json(state.json, "media");
        if (media == null || !media.isObject()) {
            throw BotApiException.badRequest("can't parse InputMedia JSON object");
        }
        if (!media.path("type").asText().equals("photo")) {
            throw BotApiException.badRequest("media of type " + media.path("type") + " is not modelled by the fake");
        }
        HtmlText caption = text(media.path("caption").asText(""), media.path("parse_mode").asText(null), MAX_CAPTION, false);
        List<List<Button>> buttons = InlineKeyboard.parse(request.json(state.json, "reply_markup"));
        String reference = media.path("media").asText(null);
        Multipart.Part upload = request.attached(reference);
        StoredFile photo = upload != null ? state.files.storePhoto(upload.bytes()) : known(reference, "media");
        if (photo == message.photo && caption.equals(message.content) && buttons.equals(message.buttons)) {
            throw BotApiException.badRequest(NOT_MODIFIED);
        }
        message.photo = photo;
        message.document = null;
        message.content = caption;
        message.buttons = buttons;
        chat.edited(message);
        return json(chat, message);
    }

    private JsonNode editMarkup(ApiRequest request) {
        ChatRoom chat = chat(request);
        ChatMessage message = editable(chat, request);
        List<List<Button>> buttons = InlineKeyboard.parse(request.json(state.json, "reply_markup"));
        if (buttons.equals(message.buttons)) {
            throw BotApiException.badRequest(NOT_MODIFIED);
        }
        message.buttons = buttons;
        chat.edited(message);
        return json(chat, message);
    }

    private ChatMessage editable(ChatRoom chat, ApiRequest request) {
        if (request.has("inline_message_id")) {
            throw BotApiException.badRequest("inline messages are not modelled by the fake");
        }
        ChatMessage message = chat.find(request.requiredLong("message_id"));
        if (message == null) {
            throw BotApiException.badRequest("message to edit not found");
        }
        if (!message.fromBot()) {
            throw BotApiException.badRequest("message can't be edited");
        }
        return message;
    }

    private JsonNode answerCallback(ApiRequest request) {
        FakeState.PendingCallback callback = state.callbacks.get(String.valueOf(request.text("callback_query_id")));
        if (callback == null || callback.answered) {
            throw BotApiException.badRequest("query is too old and response timeout expired or query ID is invalid");
        }
        String text = Objects.requireNonNullElse(request.text("text"), "");
        if (text.length() > 200) {
            throw BotApiException.badRequest("MESSAGE_TOO_LONG");
        }
        callback.answered = true;
        if (!text.isEmpty()) {
            callback.room.record(new Transcript.BotAnswered(text, request.bool("show_alert")));
        }
        state.changed();
        return BooleanNode.TRUE;
    }

    private JsonNode getFile(ApiRequest request) {
        StoredFile file = state.files.byId(String.valueOf(request.text("file_id")));
        if (file == null) {
            throw BotApiException.badRequest("invalid file_id");
        }
        return file.fileJson(state.json);
    }

    private JsonNode deleteMessage(ApiRequest request) {
        ChatRoom chat = chat(request);
        ChatMessage message = chat.find(request.requiredLong("message_id"));
        if (message == null) {
            throw BotApiException.badRequest("message to delete not found");
        }
        chat.deleted(message);
        return BooleanNode.TRUE;
    }

    private ChatRoom chat(ApiRequest request) {
        ChatRoom chat = state.rooms.get(request.requiredLong("chat_id"));
        if (chat == null) {
            throw BotApiException.badRequest("chat not found");
        }
        return chat;
    }

    private static HtmlText text(ApiRequest request, String field, int max, boolean required) {
        String raw = request.text(field);
        return text(raw == null ? "" : raw, request.text("parse_mode"), max, required);
    }

    /** A text or caption: counted after entity parsing, as Telegram counts it. */
    private static HtmlText text(String raw, String parseMode, int max, boolean required) {
        HtmlText content = HtmlText.of(raw, parseMode);
        if (required && content.plain().isBlank()) {
            throw BotApiException.badRequest("message text is empty");
        }
        if (content.length() > max) {
            throw BotApiException.badRequest(required ? "message is too long" : "message caption is too long");
        }
        return content;
    }

    private JsonNode json(ChatRoom chat, ChatMessage message) {
        return message.toJson(state.json, chat, state.botUser);
    }
}
