package adengine.bot.telegram;

import adengine.bot.conversation.Button;
import adengine.bot.conversation.Incoming;
import adengine.bot.conversation.Shown;
import adengine.core.access.ChatKind;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.chat.Chat;
import org.telegram.telegrambots.meta.api.objects.Document;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.photo.PhotoSize;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;

/** Turns a Telegram update into what the conversation understands; other updates are ignored. */
final class UpdateReader {
    private UpdateReader() {
    }

    static Optional<Incoming> read(Update update) {
        if (update.hasCallbackQuery()) {
            CallbackQuery query = update.getCallbackQuery();
            if (query.getMessage() == null) {
                return Optional.empty();
            }
            User user = query.getFrom();
            // a file, such as an export, is kept: the answer to its buttons comes as a new message
            Shown editable = query.getMessage() instanceof Message pressed && (pressed.hasText() || pressed.hasPhoto())
                    ? shown(pressed) : null;
            return Optional.of(new Incoming.Pressed(query.getMessage().getChatId(), kind(query.getMessage().getChat()), user.getId(),
                    user.getLanguageCode(), query.getId(), editable, query.getData()));
        }
        Message message = update.getMessage();
        if (message == null || message.getFrom() == null) {
            return Optional.empty();
        }
        long chatId = message.getChatId();
        ChatKind kind = kind(message.getChat());
        long userId = message.getFrom().getId();
        String language = message.getFrom().getLanguageCode();
        if (message.hasText()) {
            return Optional.of(new Incoming.Typed(chatId, kind, userId, language, message.getText()));
        }
        if (message.hasPhoto()) {
            // Telegram offers each photo in several sizes: the largest is the one to keep
            PhotoSize largest = message.getPhoto().stream()
                    .max(Comparator.comparing(size -> (long) size.getWidth() * size.getHeight()))
                    .orElseThrow();
            return Optional.of(new Incoming.Sent(chatId, kind, userId, language, new Incoming.Attachment(largest.getFileId(),
                    "photo.jpg", "image/jpeg", largest.getFileSize() == null ? 0 : largest.getFileSize())));
        }
        if (message.hasDocument()) {
            Document document = message.getDocument();
            return Optional.of(new Incoming.Sent(chatId, kind, userId, language, new Incoming.Attachment(document.getFileId(),
                    document.getFileName(), document.getMimeType(), document.getFileSize() == null ? 0 : document.getFileSize())));
        }
        return Optional.of(new Incoming.Typed(chatId, kind, userId, language, ""));
    }

    private static Shown shown(Message message) {
        InlineKeyboardMarkup keyboard = message.getReplyMarkup();
        List<List<Button>> rows = keyboard == null ? List.of() : keyboard.getKeyboard().stream()
                .map(row -> row.stream()
                        // the bot sends only callback buttons; any other kind just makes the message look different
                        .map(button -> new Button(button.getText(), Objects.requireNonNullElse(button.getCallbackData(), "")))
                        .toList())
                .toList();
        boolean photo = message.hasPhoto();
        return new Shown(message.getMessageId(), photo ? Objects.requireNonNullElse(message.getCaption(), "") : message.getText(), rows, photo);
    }

    /** Private chats are the user's own; groups, supergroups and channels are shared with others. */
    private static ChatKind kind(Chat chat) {
        return chat != null && Boolean.TRUE.equals(chat.isUserChat()) ? ChatKind.PRIVATE : ChatKind.GROUP;
    }

    /** The metric label of an update. */
    static String type(Update update) {
        if (update.hasCallbackQuery()) {
            return "callback";
        }
        return update.hasMessage() ? "message" : "other";
    }
}
