package adengine.bot.conversation;

import java.util.Optional;

/** Where a turn's replies go; implementations never throw, they report what could not be done. */
public interface Outbox {
    /** Sends a new message, a photo captioned with the text when the screen has a picture; its id, or empty when Telegram refused it. */
    Optional<Integer> send(long chatId, Screen screen);

    /**
     * Replaces a message's text and buttons, or, for a screen with a picture, its photo (a text
     * message gains one), caption and buttons; false when that message cannot be edited.
     */
    boolean edit(long chatId, int messageId, Screen screen);

    /** Sends a file to download, with the screen's text as its caption and the screen's buttons under it. */
    Optional<Integer> sendDocument(long chatId, byte[] content, String fileName, Screen caption);

    /** Answers a pressed button, with a short notice or none. */
    void answer(String callbackId, String notice);

    /** Shows "typing…" while something slow runs. */
    void typing(long chatId);

    /** The bytes of a file the user sent; empty when it could not be fetched. */
    Optional<byte[]> download(String fileId);
}
