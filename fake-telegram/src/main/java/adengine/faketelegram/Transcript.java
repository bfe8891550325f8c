package adengine.faketelegram;

import java.util.List;
import java.util.stream.Collectors;

/** What happened in one chat, in order: the user's actions and the bot's outputs. Immutable. */
public final class Transcript {

    /** One step of a conversation. */
    public sealed interface Entry permits UserText, UserPhoto, UserDocument, UserPress, BotSent, BotEdited,
            BotDeleted, BotAnswered {
        String describe();
    }

    public record UserText(String text) implements Entry {
        public String describe() {
            return "user: " + text;
        }
    }

    public record UserPhoto(byte[] image) implements Entry {
        public String describe() {
            return "user: [photo " + image.length + " bytes]";
        }
    }

    public record UserDocument(String fileName, byte[] bytes) implements Entry {
        public String describe() {
            return "user: [document " + fileName + ", " + bytes.length + " bytes]";
        }
    }

    /** A button press; the label is the button's text, or the raw data when no visible button had it. */
    public record UserPress(String label, String callbackData) implements Entry {
        public String describe() {
            return "user pressed [" + label + "] (" + callbackData + ")";
        }
    }

    public record BotSent(BotMessage message) implements Entry {
        public String describe() {
            return "bot: " + message;
        }
    }

    /** A bot message updated in place (text, caption or keyboard), in its new state. */
    public record BotEdited(BotMessage message) implements Entry {
        public String describe() {
            return "bot updated in place: " + message;
        }
    }

    public record BotDeleted(int messageId, boolean botMessage) implements Entry {
        public String describe() {
            return "bot deleted " + (botMessage ? "its" : "the user's") + " message #" + messageId;
        }
    }

    /** The answer to a button press that the user sees as a notification (or an alert). */
    public record BotAnswered(String text, boolean alert) implements Entry {
        public String describe() {
            return "bot " + (alert ? "alert" : "notification") + ": " + text;
        }
    }

    private final String title;
    private final List<Entry> entries;

    Transcript(String title, List<Entry> entries) {
        this.title = title;
        this.entries = List.copyOf(entries);
    }

    public String title() {
        return title;
    }

    public Transcript withTitle(String newTitle) {
        return new Transcript(newTitle, entries);
    }

    public List<Entry> entries() {
        return entries;
    }

    public int size() {
        return entries.size();
    }

    /** The entries from {@code index} on: take {@code size()} before an exchange to keep only that exchange. */
    public Transcript from(int index) {
        return slice(index, entries.size());
    }

    public Transcript slice(int fromIndex, int toIndex) {
        return new Transcript(title, entries.subList(fromIndex, toIndex));
    }

    public Transcript last(int count) {
        return from(Math.max(0, entries.size() - count));
    }

    @Override
    public String toString() {
        return entries.stream().map(e -> "  " + e.describe()).collect(Collectors.joining("\n"));
    }
}
