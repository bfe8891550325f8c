package adengine.bot.conversation;

import adengine.core.access.ChatKind;

/** What a user did, in the bot's terms: typed a text, sent a file, or pressed a button, in a chat of some kind. */
public sealed interface Incoming {
    long chatId();

    ChatKind chatKind();

    long userId();

    String languageCode();

    record Typed(long chatId, ChatKind chatKind, long userId, String languageCode, String text) implements Incoming {
    }

    record Sent(long chatId, ChatKind chatKind, long userId, String languageCode, Attachment file) implements Incoming {
    }

    /** {@code message} is the pressed message as it looks now when it is a text or a photo, else null (a file stays as it is). */
    record Pressed(long chatId, ChatKind chatKind, long userId, String languageCode, String callbackId, Shown message, String data)
            implements Incoming {
    }

    /** A photo or document the user sent; {@code size} as Telegram reports it, 0 when unknown. */
    record Attachment(String fileId, String fileName, String mimeType, long size) {
    }
}
