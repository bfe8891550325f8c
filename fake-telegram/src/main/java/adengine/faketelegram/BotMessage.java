package adengine.faketelegram;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** An immutable view of one bot message as the user sees it, with its latest edit applied. */
public final class BotMessage {

    private final int messageId;
    private final String text;
    private final String emphasizedText;
    private final List<Span> preformatted;
    private final List<List<Button>> buttons;
    private final byte[] photo;
    private final byte[] document;
    private final String documentName;
    private final boolean edited;
    private final boolean deleted;

    BotMessage(int messageId, String text, String emphasizedText, List<Span> preformatted, List<List<Button>> buttons,
               byte[] photo, byte[] document, String documentName, boolean edited, boolean deleted) {
        this.messageId = messageId;
        this.text = text == null ? "" : text;
        this.emphasizedText = emphasizedText == null ? "" : emphasizedText;
        this.preformatted = List.copyOf(preformatted);
        this.buttons = List.copyOf(buttons);
        this.photo = photo == null ? null : photo.clone();
        this.document = document == null ? null : document.clone();
        this.documentName = documentName;
        this.edited = edited;
        this.deleted = deleted;
    }

    public int messageId() {
        return messageId;
    }

    /** The text, or the caption of a photo or document, as displayed (HTML tags stripped, entities unescaped). */
    public String text() {
        return text;
    }

    /** The text with bold shown as {@code *…*}, italic as {@code _…_} and code as {@code `…`}, as a text-only screen shows it. */
    public String emphasizedText() {
        return emphasizedText;
    }

    /** A stretch of {@link #text()}: from {@code start} to {@code end}, exclusive, as string indexes. */
    public record Span(int start, int end) {
    }

    /** Where the text's pre blocks are, which Telegram shows in a monospaced font. */
    public List<Span> preformatted() {
        return preformatted;
    }

    public boolean contains(String fragment) {
        return text.contains(fragment);
    }

    /** The inline keyboard, row by row. */
    public List<List<Button>> buttons() {
        return buttons;
    }

    public List<String> buttonLabels() {
        return buttons.stream().flatMap(List::stream).map(Button::text).collect(Collectors.toList());
    }

    public Optional<Button> button(String label) {
        return buttons.stream().flatMap(List::stream).filter(b -> b.text().equals(label)).findFirst();
    }

    public boolean hasButton(String callbackData) {
        return buttons.stream().flatMap(List::stream).anyMatch(b -> callbackData.equals(b.callbackData()));
    }

    public boolean hasButtonLabeled(String label) {
        return button(label).isPresent();
    }

    public boolean hasPhoto() {
        return photo != null;
    }

    /** The photo's bytes as uploaded, or null. */
    public byte[] photo() {
        return photo == null ? null : photo.clone();
    }

    public boolean hasDocument() {
        return document != null;
    }

    /** The document's bytes as uploaded, or null. */
    public byte[] document() {
        return document == null ? null : document.clone();
    }

    public String documentName() {
        return documentName;
    }

    public boolean edited() {
        return edited;
    }

    public boolean deleted() {
        return deleted;
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder("#").append(messageId);
        if (deleted) {
            out.append(" (deleted)");
        } else if (edited) {
            out.append(" (edited)");
        }
        if (photo != null) {
            out.append(" [photo ").append(photo.length).append(" bytes]");
        }
        if (document != null) {
            out.append(" [document ").append(documentName).append(", ").append(document.length).append(" bytes]");
        }
        out.append(' ').append('"').append(text.replace("\n", "⏎")).append('"');
        for (List<Button> row : buttons) {
            out.append("\n      ").append(row.stream().map(Button::toString).collect(Collectors.joining(" ")));
        }
        return out.toString();
    }
}
